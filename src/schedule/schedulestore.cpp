#include "schedulestore.h"

#include "domain/cappedfile.h"
#include "domain/privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Attend {

ScheduleStore::ScheduleStore(QString path)
    : m_path(std::move(path))
{
}

QString ScheduleStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/schedule.json");
}

ScheduleStore::LoadResult ScheduleStore::load() const
{
    LoadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;

    QString problem;
    // Bookmarks of every conference ever followed: 64 MB is far beyond any real schedule, and a
    // device or pipe put in its place is refused rather than read for ever.
    const CappedFile read = readFileCapped(m_path, 64 * 1024 * 1024);
    if (read.ok()) {
        ScheduleData::ReadError error;
        if (auto data = ScheduleData::fromJson(read.data, &error)) {
            result.status = Status::Loaded;
            result.data = std::move(*data);
            return result;
        }
        if (error.version > ScheduleData::currentVersion) {
            result.status = Status::TooNew;
            result.message = QCoreApplication::translate("ScheduleStore", "Your schedule (%1) was %2. Attend shows it empty and will not change it; update Attend to use it.")
                                 .arg(m_path, error.message);
            return result;
        }
        problem = error.message;
    } else {
        problem = read.detail.isEmpty() ? QStringLiteral("not a readable file of at most 64 MB") : read.detail;
    }
    file.close();

    // Keep what was there: the person (or support) may still recover it by hand.
    const QString aside = m_path + QStringLiteral(".unreadable-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    result.status = Status::MovedAside;
    if (QFile::rename(m_path, aside)) {
        result.movedAsidePath = aside;
        result.message = QCoreApplication::translate("ScheduleStore", "Your schedule could not be read (%1). It was kept as %2 and Attend started a new one.")
                             .arg(problem, aside);
    } else {
        result.status = Status::TooNew; // cannot move it: protect it the same way, by never writing over it
        result.message = QCoreApplication::translate("ScheduleStore", "Your schedule (%1) could not be read (%2) nor moved aside; Attend will not change it.")
                             .arg(m_path, problem);
    }
    return result;
}

bool ScheduleStore::save(const ScheduleData &data, QString *error)
{
    // Bookmarks and reminders say where the person will be: 0600 in a 0700 folder.
    return writePrivateFile(m_path, m_writer.toJson(data), error);
}

} // namespace Attend
