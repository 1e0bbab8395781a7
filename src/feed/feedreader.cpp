#include "feedreader.h"

#include "domain/cancellation.h"
#include "domain/cappedfile.h"
#include "domain/feedlimits.h"
#include "domain/watchlinks.h"
#include "feedformat.h"
#include "frabjsonparser.h"
#include "icalendarparser.h"
#include "pentabarfxmlparser.h"

#include <QFile>

namespace Attend {

namespace {
// Feeds without a status field say "CANCELLED" in the title: the same mark for every format.
ParseResult withCancellationsMarked(ParseResult result)
{
    for (Session &session : result.conference.sessions) {
        if (!session.cancelled)
            session.cancelled = titleSaysCancelled(session.title);
    }
    assignWatchLinks(result.conference);
    return result;
}
} // namespace

ParseResult FeedReader::readData(const QByteArray &data, const QString &sourceName)
{
    return withCancellationsMarked(readDataAsPublished(data, sourceName));
}

ParseResult FeedReader::readDataAsPublished(const QByteArray &data, const QString &sourceName)
{
    switch (detectFeedFormat(data)) {
    case FeedFormat::PentabarfXml:
        return PentabarfXmlParser::parse(data, sourceName);
    case FeedFormat::FrabJson:
        return FrabJsonParser::parse(data, sourceName);
    case FeedFormat::ICalendar:
        // libical reads a calendar cut short as far as it goes; a download cut short (Qt cannot
        // always tell, with gzip) must not pass for a shorter agenda.
        if (!data.right(4096).toUpper().contains("END:VCALENDAR"))
            return ParseResult::failure({sourceName, 0, 0, QStringLiteral("the calendar is cut short: it has no END:VCALENDAR")});
        return ICalendarParser::parse(data, sourceName);
    case FeedFormat::Unknown:
        break;
    }
    if (data.trimmed().isEmpty())
        return ParseResult::failure({sourceName, 0, 0, QStringLiteral("the file is empty")});
    // Let the XML reader name the fault when it is XML that is broken, rather than another format.
    if (data.trimmed().startsWith('<')) {
        ParseResult xml = PentabarfXmlParser::parse(data, sourceName);
        if (!xml.ok)
            return xml;
    }
    return ParseResult::failure({sourceName, 0, 0, QStringLiteral("not a schedule feed (expected Pentabarf/frab XML, frab JSON or iCalendar)")});
}

ParseResult FeedReader::readFile(const QString &path)
{
    CappedFile file = readFileCapped(path, FeedLimits::maxLocalFileBytes);
    switch (file.problem) {
    case CappedFile::Problem::None:
        return readData(file.data, path);
    case CappedFile::Problem::CannotOpen:
        return ParseResult::failure({path, 0, 0, QStringLiteral("cannot open: %1").arg(file.detail)});
    case CappedFile::Problem::NotAFile:
        return ParseResult::failure({path, 0, 0, QStringLiteral("not a regular file (a folder, device or pipe cannot be a feed)")});
    case CappedFile::Problem::TooLarge:
        return ParseResult::failure({path, 0, 0, QStringLiteral("too large for a schedule feed (more than %1 MB)").arg(FeedLimits::maxLocalFileBytes / (1024 * 1024))});
    case CappedFile::Problem::ReadError:
        break;
    }
    return ParseResult::failure({path, 0, 0, QStringLiteral("cannot read: %1").arg(file.detail)});
}

QByteArray FeedReader::readerTag()
{
    return "readers-" + QByteArray::number(readerRevision) + " qt-" + QByteArray(qVersion());
}

QString FeedReader::builtInPath()
{
    return QStringLiteral(":/attend/agenda/rethinkconn-2022.xml");
}

ParseResult FeedReader::readBuiltIn()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return ParseResult::failure({builtInPath(), 0, 0, QStringLiteral("the built-in agenda is missing from this build")});
    return readData(file.readAll(), QStringLiteral("RethinkConn 2022 (built in)"));
}

} // namespace Attend
