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
            connect(agenda->schedule(), &PersonalSchedule::bookmarkAdded, this, &SessionDetails::onBookmarkEvent),
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
                    session->speakerNames(), session->abstract, session->start, session->end(), {}};
            appendWebLink(&view.links, tr("Session page"), session->url);
            for (const SessionLink &sessionLink : session->links)
                appendWebLink(&view.links, sessionLink.title, sessionLink.url.toString());
        } else if (const Bookmark *bookmark = m_agenda->schedule()->bookmark(m_agenda->conferenceId(), m_key)) {
            view = {true, false, bookmark->title, QString(), bookmark->room, bookmark->track,
                    bookmark->speakers, bookmark->abstract, bookmark->start, bookmark->end, {}};
            appendWebLink(&view.links, tr("Session page"), bookmark->url);
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
    return m_view.valid ? m_agenda->formatter()->rangeInBothZones(m_view.start, m_view.end) : QString();
}

} // namespace Attend
