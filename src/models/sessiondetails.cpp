#include "sessiondetails.h"

#include "agenda.h"
#include "domain/textjoin.h"
#include "timeformatter.h"

#include <QVariantMap>

namespace Attend {

namespace {
const Session *lookup(const Agenda *agenda, const QString &key)
{
    return agenda ? agenda->session(key) : nullptr;
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
    disconnect(m_conferenceConnection);
    disconnect(m_zoneConnection);
    m_agenda = agenda;
    if (agenda) {
        m_conferenceConnection = connect(agenda, &Agenda::conferenceChanged, this, &SessionDetails::changed);
        m_zoneConnection = connect(agenda->formatter(), &TimeFormatter::displayZoneChanged, this, &SessionDetails::changed);
    }
    Q_EMIT agendaChanged();
    Q_EMIT changed();
}

void SessionDetails::setSessionKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    Q_EMIT sessionKeyChanged();
    Q_EMIT changed();
}

bool SessionDetails::valid() const { return lookup(m_agenda, m_key) != nullptr; }

#define ATTEND_DETAIL(name, expression)                          \
    QString SessionDetails::name() const                         \
    {                                                            \
        const Session *session = lookup(m_agenda, m_key);        \
        return session ? (expression) : QString();               \
    }

ATTEND_DETAIL(title, session->title)
ATTEND_DETAIL(subtitle, session->subtitle)
ATTEND_DETAIL(track, session->track)
ATTEND_DETAIL(room, session->room)
ATTEND_DETAIL(place, joinNonEmpty({session->room, session->track}))
ATTEND_DETAIL(speakers, session->speakerNames().join(QStringLiteral(", ")))
ATTEND_DETAIL(abstract, session->abstract)
ATTEND_DETAIL(day, m_agenda->formatter()->day(session->start))
ATTEND_DETAIL(when, m_agenda->formatter()->rangeInBothZones(session->start, session->end()))

#undef ATTEND_DETAIL

QVariantList SessionDetails::links() const
{
    QVariantList list;
    const Session *session = lookup(m_agenda, m_key);
    if (!session)
        return list;
    if (!session->url.isEmpty())
        list.append(QVariantMap{{QStringLiteral("title"), tr("Session page")}, {QStringLiteral("url"), session->url}});
    for (const SessionLink &link : session->links)
        list.append(QVariantMap{{QStringLiteral("title"), link.title}, {QStringLiteral("url"), link.url.toString()}});
    return list;
}

} // namespace Attend
