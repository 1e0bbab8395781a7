#include "scheduledata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Attend {

namespace {
QString iso(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QJsonObject bookmarkToJson(const Bookmark &bookmark)
{
    QJsonObject object{
        {QStringLiteral("conference"), bookmark.conferenceId},
        {QStringLiteral("key"), bookmark.key},
        {QStringLiteral("conferenceTitle"), bookmark.conferenceTitle},
        {QStringLiteral("title"), bookmark.title},
        {QStringLiteral("room"), bookmark.room},
        {QStringLiteral("track"), bookmark.track},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(bookmark.speakers)},
        {QStringLiteral("url"), bookmark.url},
        {QStringLiteral("abstract"), bookmark.abstract},
        {QStringLiteral("start"), iso(bookmark.start)},
        {QStringLiteral("end"), iso(bookmark.end)},
        {QStringLiteral("reminder"), bookmark.reminderEnabled},
        {QStringLiteral("added"), iso(bookmark.added)},
    };
    if (!bookmark.feedAddress.isEmpty())
        object.insert(QStringLiteral("feed"), bookmark.feedAddress);
    if (!bookmark.joinLink.isEmpty()) // optional: older files have none, and read the same
        object.insert(QStringLiteral("join"), bookmark.joinLink);
    // Change marks are written only when there is one: most bookmarks never change.
    if (bookmark.movedFrom.isValid())
        object.insert(QStringLiteral("movedFrom"), iso(bookmark.movedFrom));
    if (!bookmark.roomWas.isEmpty())
        object.insert(QStringLiteral("roomWas"), bookmark.roomWas);
    if (bookmark.cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    if (bookmark.missing)
        object.insert(QStringLiteral("missing"), true);
    if (bookmark.level == BookmarkLevel::Maybe)
        object.insert(QStringLiteral("level"), QStringLiteral("maybe"));
    if (!bookmark.recordingUrl.isEmpty())
        object.insert(QStringLiteral("recording"), bookmark.recordingUrl);
    if (bookmark.timeEstimated) // optional: absent means a time the organiser gave
        object.insert(QStringLiteral("estimated"), true);
    if (bookmark.watchLater)
        object.insert(QStringLiteral("watchLater"), true);
    if (bookmark.watched)
        object.insert(QStringLiteral("watched"), true);
    return object;
}

std::optional<Bookmark> bookmarkFromJson(const QJsonObject &object)
{
    Bookmark bookmark;
    bookmark.conferenceId = object.value(QStringLiteral("conference")).toString();
    bookmark.key = object.value(QStringLiteral("key")).toString();
    if (bookmark.conferenceId.isEmpty() || bookmark.key.isEmpty())
        return std::nullopt;
    bookmark.feedAddress = object.value(QStringLiteral("feed")).toString();
    bookmark.conferenceTitle = object.value(QStringLiteral("conferenceTitle")).toString();
    bookmark.title = object.value(QStringLiteral("title")).toString();
    bookmark.room = object.value(QStringLiteral("room")).toString();
    bookmark.track = object.value(QStringLiteral("track")).toString();
    for (const QJsonValue &speaker : object.value(QStringLiteral("speakers")).toArray())
        bookmark.speakers.append(speaker.toString());
    bookmark.url = object.value(QStringLiteral("url")).toString();
    bookmark.joinLink = object.value(QStringLiteral("join")).toString();
    bookmark.abstract = object.value(QStringLiteral("abstract")).toString();
    bookmark.start = fromIso(object.value(QStringLiteral("start")));
    bookmark.end = fromIso(object.value(QStringLiteral("end")));
    bookmark.reminderEnabled = object.value(QStringLiteral("reminder")).toBool(true);
    bookmark.added = fromIso(object.value(QStringLiteral("added")));
    if (object.contains(QStringLiteral("movedFrom")))
        bookmark.movedFrom = fromIso(object.value(QStringLiteral("movedFrom")));
    bookmark.roomWas = object.value(QStringLiteral("roomWas")).toString();
    bookmark.cancelled = object.value(QStringLiteral("cancelled")).toBool();
    bookmark.missing = object.value(QStringLiteral("missing")).toBool();
    // Unknown levels (a later Attend's) read as must see: never lose a reminder.
    bookmark.level = object.value(QStringLiteral("level")).toString() == QLatin1String("maybe") ? BookmarkLevel::Maybe
                                                                                              : BookmarkLevel::MustSee;
    bookmark.recordingUrl = object.value(QStringLiteral("recording")).toString();
    bookmark.timeEstimated = object.value(QStringLiteral("estimated")).toBool();
    bookmark.watchLater = object.value(QStringLiteral("watchLater")).toBool();
    bookmark.watched = object.value(QStringLiteral("watched")).toBool();
    return bookmark;
}
} // namespace

QString firedReminderKey(const Bookmark &bookmark)
{
    return bookmark.conferenceId + QLatin1Char('|') + bookmark.key + QLatin1Char('|') + iso(bookmark.start);
}

QString firedStartKey(const Bookmark &bookmark)
{
    return QStringLiteral("started|") + firedReminderKey(bookmark);
}

QByteArray ScheduleData::toJson() const
{
    return ScheduleJsonWriter().toJson(*this);
}

QByteArray ScheduleJsonWriter::toJson(const ScheduleData &data)
{
    QJsonObject fired;
    for (auto it = data.firedReminders.cbegin(); it != data.firedReminders.cend(); ++it)
        fired.insert(it.key(), iso(it.value()));
    QJsonObject settings{{QStringLiteral("leadMinutes"), data.leadMinutes}, {QStringLiteral("remindersPaused"), data.remindersPaused}};
    if (data.startingNow != ScheduleData::StartingNowWithJoinLink) // the default is not written: older files read the same
        settings.insert(QStringLiteral("startingNow"), data.startingNow);
    settings.insert(QStringLiteral("remindMaybe"), data.remindMaybe);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("attend-schedule")},
        {QStringLiteral("version"), ScheduleData::currentVersion},
        {QStringLiteral("settings"), settings},
        {QStringLiteral("firedReminders"), fired},
    };
    // Every value is written by QJsonDocument; only the list around the bookmarks is put together
    // here, one bookmark to a line: {…the rest, indented…, "bookmarks": [\n {…},\n {…}\n ]}.
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    json.truncate(json.lastIndexOf('}')); // the root's closing brace, and the line break before it
    while (json.endsWith('\n') || json.endsWith(' '))
        json.chop(1);
    json += ",\n    \"bookmarks\": [";
    QHash<QString, Written> written;
    written.reserve(data.bookmarks.size());
    for (qsizetype i = 0; i < data.bookmarks.size(); ++i) {
        const Bookmark &bookmark = data.bookmarks.at(i);
        const QString id = bookmark.conferenceId + QChar(u'\x1f') + bookmark.key;
        auto kept = m_written.constFind(id);
        Written entry = kept != m_written.cend() && kept->bookmark == bookmark
                            ? *kept
                            : Written{bookmark, QJsonDocument(bookmarkToJson(bookmark)).toJson(QJsonDocument::Compact)};
        json += i == 0 ? "\n        " : ",\n        ";
        json += entry.json;
        written.insert(id, entry);
    }
    json += data.bookmarks.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    m_written = std::move(written);
    return json;
}

std::optional<ScheduleData> ScheduleData::fromJson(const QByteArray &json, ReadError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error->message = QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String("attend-schedule")) {
        error->message = QStringLiteral("not an Attend schedule");
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version > currentVersion) {
        error->message = QStringLiteral("written by a newer Attend (schedule version %1; this one reads up to %2)")
                             .arg(version).arg(currentVersion);
        error->version = version;
        return std::nullopt;
    }
    if (version < 1) {
        error->message = QStringLiteral("no schedule version");
        return std::nullopt;
    }

    ScheduleData data;
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    data.leadMinutes = std::clamp(settings.value(QStringLiteral("leadMinutes")).toInt(defaultLeadMinutes), 0, 60);
    data.remindersPaused = settings.value(QStringLiteral("remindersPaused")).toBool(false);
    data.startingNow = std::clamp(settings.value(QStringLiteral("startingNow")).toInt(StartingNowWithJoinLink), 0, 2);
    data.remindMaybe = settings.value(QStringLiteral("remindMaybe")).toBool(false);
    for (const QJsonValue &value : root.value(QStringLiteral("bookmarks")).toArray()) {
        if (const auto bookmark = bookmarkFromJson(value.toObject()))
            data.bookmarks.append(*bookmark);
    }
    const QJsonObject fired = root.value(QStringLiteral("firedReminders")).toObject();
    for (auto it = fired.constBegin(); it != fired.constEnd(); ++it)
        data.firedReminders.insert(it.key(), fromIso(it.value()));
    return data;
}

} // namespace Attend
