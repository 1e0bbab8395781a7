#pragma once

// Shared by every fuzz target: the same pinned environment as the unit tests, and checks of what
// a reader promises whatever its input was. A broken promise aborts, which libFuzzer reports
// as a crash with the input that caused it.

#include "feed/parseresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace AttendFuzz {

/** Pins the environment and keeps Qt's warnings (one per broken input) off the fuzzer's output. */
inline void initialize(int *argc, char ***argv)
{
    // Before Qt reads them: a fixed zone and locale, so a replay behaves the same on any machine.
    qputenv("TZ", "UTC");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Readers use tr() and Qt's time-zone and locale code, which expect an application object.
    static QCoreApplication app(*argc, *argv);
    if (qEnvironmentVariableIsEmpty("ATTEND_FUZZ_VERBOSE")) {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
                std::abort();
            }
        });
    }
}

/** Aborts with a message: a reader broke one of its promises. */
[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

/**
 * What every reader promises (parseresult.h, stablekeys.h): a failure says why, and every session
 * of a success has a key of its own within the feed.
 */
inline void checkResult(const Attend::ParseResult &result)
{
    if (!result.ok) {
        if (result.error.message.isEmpty())
            fail("a failure without a message");
        return;
    }
    QSet<QString> keys;
    keys.reserve(result.conference.sessions.size());
    for (const Attend::Session &session : result.conference.sessions) {
        if (session.key.isEmpty())
            fail("a session without a key");
        if (keys.contains(session.key))
            fail("two sessions with one key");
        keys.insert(session.key);
    }
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: Qt may keep pieces of the input (shared substrings) beyond this call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace AttendFuzz
