#pragma once

#include <QByteArray>

#include <functional>

class QQuickWindow;

namespace Attend {

/**
 * For bench/startup.py: with ATTEND_STARTUP_REPORT set, prints to stderr, when the window's first
 * frame is on screen, the wall-clock time, the sessions shown and the peak memory so far.
 * "quit" then quits; "items" also lists which QML types the first frame is made of, and quits;
 * "exit" ends the process on the spot, so that nothing after the first frame is counted.
 * Does nothing when the variable is unset.
 */
void reportStartupWhenAsked(QQuickWindow *window, std::function<int()> sessionCount);

/** The peak resident set ("VmHWM", in kB) from the text of /proc/self/status; empty when absent. */
QByteArray peakMemoryKilobytes(const QByteArray &procStatus);

} // namespace Attend
