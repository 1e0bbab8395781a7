#include "windowmodule.h"

#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>
#include <dlfcn.h>

namespace Attend {

namespace {

QStringList moduleCandidates()
{
    // Where this executable is, links resolved: /proc/self/exe names it on Linux.
    const QString executableDir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QString name = QStringLiteral("attend-window.so");
    return {
        executableDir + QLatin1Char('/') + name, // the build tree
        QDir::cleanPath(executableDir + QStringLiteral("/" ATTEND_WINDOW_MODULE_DIR "/") + name), // installed
    };
}

} // namespace

int runWindowModule(int argc, char **argv)
{
    const QStringList candidates = moduleCandidates();
    QStringList failures;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        // RTLD_LOCAL: the module's symbols stay its own; it is linked -Bsymbolic to use its own.
        void *module = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            failures.append(QString::fromLocal8Bit(dlerror()));
            continue;
        }
        using Entry = int (*)(int, char **);
        if (auto entry = reinterpret_cast<Entry>(dlsym(module, windowEntryPoint)))
            return entry(argc, argv); // never unloaded: Qt's exit handlers run from its code
        failures.append(QStringLiteral("%1 has no %2").arg(path, QLatin1String(windowEntryPoint)));
    }
    if (failures.isEmpty())
        failures.append(QStringLiteral("no attend-window.so at %1").arg(candidates.join(QLatin1String(" or "))));
    fprintf(stderr, "attend: cannot open the window: %s\n(`attend --list` and the other scripted modes still work: see attend --help)\n",
            qPrintable(failures.join(QLatin1String("; "))));
    return ExitFeedError;
}

} // namespace Attend
