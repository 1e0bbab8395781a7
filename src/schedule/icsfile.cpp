#include "icsfile.h"

#include "icsexport.h"
#include "personalschedule.h"

#include "domain/cappedfile.h"
#include "domain/feedlimits.h"

#include <QSaveFile>

namespace Attend {

bool writeBookmarksIcsFile(const QString &path, const QList<Bookmark> &bookmarks, QString *error)
{
    const QByteArray ics = exportBookmarksToIcs(bookmarks);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

IcsFileExport exportBookmarksFile(const PersonalSchedule &schedule, const QString &conferenceId, const QString &path)
{
    const QList<Bookmark> bookmarks = schedule.bookmarks(conferenceId);
    IcsFileExport result;
    result.count = int(bookmarks.size());
    result.ok = writeBookmarksIcsFile(path, bookmarks, &result.error);
    return result;
}

IcsFileImport importBookmarksFile(PersonalSchedule &schedule, const QString &path)
{
    IcsFileImport result;
    const CappedFile in = readFileCapped(path, FeedLimits::maxLocalFileBytes);
    if (!in.ok()) {
        result.problem = IcsFileImport::Problem::Unreadable;
        result.detail = in.detail;
        return result;
    }
    const IcsImportResult parsed = importBookmarksFromIcs(in.data);
    if (!parsed.ok) {
        result.problem = IcsFileImport::Problem::NotBookmarks;
        result.detail = parsed.error;
        return result;
    }
    result.read = int(parsed.bookmarks.size());
    result.added = schedule.mergeBookmarks(parsed.bookmarks);
    return result;
}

} // namespace Attend
