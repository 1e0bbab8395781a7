#include "startupreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Attend {

namespace {

QByteArray readPeakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    return peakMemoryKilobytes(status.readAll());
}

void printItemCounts(QQuickWindow *window)
{
    // QObject children and the visual tree both: a list's rows are children of its content item
    // only as items, not as objects.
    QHash<QString, int> counts;
    QSet<QObject *> seen;
    std::function<void(QObject *)> count = [&](QObject *object) {
        if (!object || seen.contains(object))
            return;
        seen.insert(object);
        ++counts[QString::fromLatin1(object->metaObject()->className())];
        for (QObject *child : object->children())
            count(child);
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            for (QQuickItem *child : item->childItems())
                count(child);
        }
    };
    count(window->contentItem());
    for (QObject *object : window->children())
        count(object);
    QList<QPair<int, QString>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    fprintf(stderr, "attend-startup: %6lld objects\n", static_cast<long long>(seen.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(25, sorted.size()); ++i)
        fprintf(stderr, "attend-startup: %6d %s\n", sorted.at(i).first, qPrintable(sorted.at(i).second));
}

} // namespace

QByteArray peakMemoryKilobytes(const QByteArray &procStatus)
{
    for (const QByteArray &line : procStatus.split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0); // "123456 kB"
    }
    return {};
}

void reportStartupWhenAsked(QQuickWindow *window, std::function<int()> sessionCount)
{
    const QByteArray mode = qgetenv("ATTEND_STARTUP_REPORT");
    if (mode.isEmpty() || !window)
        return;
    // The first frame already shows the agenda: it is loaded before the window.
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, mode, sessionCount = std::move(sessionCount)] {
        const QByteArray peak = readPeakMemory();
        fprintf(stderr, "attend-startup: first_frame_epoch_ms=%lld sessions=%d vmhwm_kb=%s\n",
                QDateTime::currentMSecsSinceEpoch(), sessionCount(), peak.constData());
        fflush(stderr);
        if (mode == "items") // which QML types the first frame is made of, most numerous first
            printItemCounts(window);
        // For counting instructions to the first frame (bench/startup_instructions.sh): no teardown.
        if (mode == "exit")
            std::_Exit(0);
        if (mode == "quit" || mode == "items") // once this frame's slot has returned
            QMetaObject::invokeMethod(qApp, "quit", Qt::QueuedConnection);
    }, Qt::SingleShotConnection);
}

} // namespace Attend
