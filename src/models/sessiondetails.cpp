#include "sessiondetails.h"

#include "changenote.h"

#include "domain/textjoin.h"
#include "domain/weblink.h"
#include "timeformatter.h"

#include <QVariantMap>

namespace Attend {

namespace {
QVariantMap link(const QString &title, const QString &url)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("url"), url}};
}

void appendWebLink(QVariantList *links, const QString &title, const QString &url)
{
    if (isWebLink(url))
        links->append(link(title, url));
}
} // namespace

SessionDetails::SessionDetails(QObject *parent)
    : QObject(parent)
{
}

void SessionDetails::setAgenda(Agenda *agenda)
{
    if (agenda == m_agenda)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_agenda = agenda;
    if (agenda) {
        m_connections = {
            connect(agenda, &Agenda::conferenceChanged, this, &SessionDetails::refresh),
            connect(agenda->formatter(), &TimeFormatter::displayZoneChanged, this, &SessionDetails::changed),
            connect(agenda, &Agenda::nowChanged, this, &SessionDetails::changed),
            connect(agenda->schedule(), &PersonalSchedule::settingsChanged, this, &SessionDetails::changed),
            connect(agenda->schedule(), &PersonalSchedule::bookmarkAdded, this, &SessionDetails::onBookmarkEvent),
            connect(agenda->schedule(), &PersonalSchedule::bookmarksMerged, this,
                    [this](const QStringList &conferenceIds) {
                        if (m_agenda && conferenceIds.contains(m_agenda->conferenceId()))
                            refresh();
                    }),
            connect(agenda->schedule(), &PersonalSchedule::bookmarkRemoved, this, &SessionDetails::onBookmarkEvent),
            connect(agenda->schedule(), &PersonalSchedule::bookmarkChanged, this, &SessionDetails::onBookmarkEvent),
        };
    }
    Q_EMIT agendaChanged();
    refresh();
}

void SessionDetails::setSessionKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    Q_EMIT sessionKeyChanged();
    refresh();
}

void SessionDetails::onBookmarkEvent(const QString &conferenceId, const QString &key)
{
    if (m_agenda && conferenceId == m_agenda->conferenceId() && key == m_key)
        refresh();
}

void SessionDetails::refresh()
{
    View view;
    if (m_agenda) {
        if (const Session *session = m_agenda->session(m_key)) {
            view = {true, true, session->title, session->subtitle, session->room, session->track,
                    session->speakerNames(), session->abstract, session->start, session->end(), {}, {}, {}, {}, false};
            const auto web = [](const QUrl &url) { return isWebLink(url.toString()) ? url.toString() : QString(); };
            view.joinLink = web(session->joinLink);
            view.chatLink = web(session->chatLink);
            view.recordingLink = web(session->recordingLink);
            view.timeEstimated = session->timeIsEstimated;
            // The join link may be the session page itself (an online conference without a page of
            // its own): it keeps its place among the links then, as "Session page".
            appendWebLink(&view.links, tr("Session page"), session->url);
            for (const SessionLink &sessionLink : session->links) {
                if (sessionLink.url == session->joinLink || sessionLink.url == session->chatLink || sessionLink.url == session->recordingLink)
                    continue; // a button of its own
                appendWebLink(&view.links, sessionLink.title, sessionLink.url.toString());
            }
        } else if (const Bookmark *bookmark = m_agenda->schedule()->bookmark(m_agenda->conferenceId(), m_key)) {
            view = {true, false, bookmark->title, QString(), bookmark->room, bookmark->track,
                    bookmark->speakers, bookmark->abstract, bookmark->start, bookmark->end, {}, {}, {}, {}, false};
            appendWebLink(&view.links, tr("Session page"), bookmark->url);
            view.joinLink = isWebLink(bookmark->joinLink) ? bookmark->joinLink : QString();
        }
    }
    m_view = view;
    Q_EMIT changed();
}

bool SessionDetails::maybe() const
{
    return m_agenda && m_agenda->isMaybe(m_key);
}

bool SessionDetails::bookmarked() const
{
    return m_agenda && m_agenda->isBookmarked(m_key);
}

bool SessionDetails::reminderEnabled() const
{
    return m_agenda && m_agenda->reminderEnabled(m_key);
}

bool SessionDetails::joinNow() const
{
    if (!m_view.valid || !m_agenda || m_view.joinLink.isEmpty() || !m_agenda->now().isValid())
        return false;
    const QDateTime now = m_agenda->now();
    const qint64 lead = qint64(m_agenda->schedule()->leadMinutes()) * 60;
    return m_view.start.addSecs(-lead) <= now && now < m_view.end;
}

bool SessionDetails::ended() const
{
    return m_view.valid && m_agenda && m_agenda->now().isValid() && m_view.end <= m_agenda->now();
}

QString SessionDetails::liveText() const
{
    if (!m_view.valid || !m_agenda)
        return {};
    Session session;
    session.start = m_view.start;
    session.durationSeconds = m_view.start.secsTo(m_view.end);
    return SessionListModel::isLiveAt(session, m_agenda->now()) ? SessionListModel::liveText(session, m_agenda->now()) : QString();
}

QString SessionDetails::place() const
{
    return joinNonEmpty({m_view.room, m_view.track});
}

QString SessionDetails::day() const
{
    return m_view.valid ? m_agenda->formatter()->day(m_view.start) : QString();
}

QString SessionDetails::changeNote() const
{
    if (!m_view.valid)
        return {};
    const Session *session = m_agenda->session(m_key);
    return changeNoteFor(m_agenda->schedule()->bookmark(m_agenda->conferenceId(), m_key), session && session->cancelled,
                         *m_agenda->formatter());
}

QString SessionDetails::when() const
{
    if (!m_view.valid)
        return {};
    const QString range = m_agenda->formatter()->rangeInBothZones(m_view.start, m_view.end);
    return m_view.timeEstimated ? tr("about %1").arg(range) : range;
}

} // namespace Attend
