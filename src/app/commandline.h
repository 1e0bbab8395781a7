#pragma once

#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace Attend {

struct Conference;

/** What the command line asked for. */
struct CommandLineOptions {
    QString feed;          // a local file or an http(s) URL; empty: the built-in agenda
    QString zone;          // as given: empty (the system's), "event", or an IANA id
    QString search;        // --list only the sessions this search shows
    QString exportIcs;     // write the conference's bookmarks to this .ics file, then exit
    bool list = false;
    bool links = false;    // --list with a seventh column: the session's join link
    bool background = false; // start hidden in the tray
    bool showHelp = false;
    bool showVersion = false;
    bool calendarFile = false; // print the live calendar's path, and exit
};


/** The live calendar's path as the person set it, else the default. */
QString configuredLiveCalendarPath();

/** Exit codes shared by every mode. */
enum ExitCode { ExitSuccess = 0, ExitFeedError = 1, ExitUsageError = 2 };

/**
 * Parses the arguments (argv[0] included). On a usage error returns nothing and fills `error`
 * with one line to print. Needs a QCoreApplication for translations only.
 */
std::optional<CommandLineOptions> parseCommandLine(const QStringList &arguments, QString *error, QString *helpText);

/**
 * The zone times are shown in: "event" is the conference's own, empty is the system's, anything
 * else an IANA id. Invalid when the id is unknown.
 */
QTimeZone resolveDisplayZone(const QString &zone, const Conference &conference);
bool isKnownZone(const QString &zone);

/** Runs a headless mode (help, version, list) and returns the exit code. Output goes to the streams. */
int runHeadless(const CommandLineOptions &options, const QString &helpText, FILE *out, FILE *err);

/** Application name, version and organisation, set once for both the window and the headless modes. */
void setApplicationIdentity();

/** The scripted modes as a program: a QCoreApplication (never a display), then runHeadless. */
int runHeadlessAttend(int argc, char **argv);

} // namespace Attend
