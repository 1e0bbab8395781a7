#include "commandline.h"
#include "windowmodule.h"

#include <QStringList>

// The scripted modes (--list, --export-ics, --help...) run here with QtCore alone; the window is in
// attend-window.so, loaded only when one is opened (windowmodule.h says why).
int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (Attend::wantsHeadless(arguments))
        return Attend::runHeadlessAttend(argc, argv);
    return Attend::runWindowModule(argc, argv);
}
