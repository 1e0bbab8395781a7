#pragma once

#include "scheduledata.h"

#include <QString>

namespace Attend {

/**
 * Reads and writes the schedule file. Writes are atomic (QSaveFile: a crash leaves the old file or
 * the new one, never half of one). A file that cannot be read is moved aside, never overwritten.
 */
class ScheduleStore
{
public:
    enum class Status {
        Loaded,   // read fine
        Missing,  // no file yet: a first start
        MovedAside, // corrupt or unreadable: kept beside it as movedAsidePath, starting empty
        TooNew,   // written by a newer Attend: left alone, and nothing may be saved over it
    };

    struct LoadResult {
        Status status = Status::Missing;
        ScheduleData data;
        QString message;        // for the person, when status is not Loaded or Missing
        QString movedAsidePath;
    };

    explicit ScheduleStore(QString path);

    /** schedule.json in the app data location. */
    static QString defaultPath();

    QString path() const { return m_path; }
    LoadResult load() const;
    /** False, with a message, when the file could not be written; the old file is then intact. */
    bool save(const ScheduleData &data, QString *error);

private:
    QString m_path;
    ScheduleJsonWriter m_writer; // the bookmarks written last time, so a star re-writes only its own
};

} // namespace Attend
