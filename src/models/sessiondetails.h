#pragma once

#include "agenda.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * Everything the session page shows about one session, looked up by key and kept current: from
 * the agenda, or from its bookmark when the session has left the agenda.
 */
class SessionDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Attend::Agenda *agenda READ agenda WRITE setAgenda NOTIFY agendaChanged)
    Q_PROPERTY(QString sessionKey READ sessionKey WRITE setSessionKey NOTIFY sessionKeyChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(bool inAgenda READ inAgenda NOTIFY changed)
    Q_PROPERTY(bool bookmarked READ bookmarked NOTIFY changed)
    Q_PROPERTY(bool maybe READ maybe NOTIFY changed)
    Q_PROPERTY(bool reminderEnabled READ reminderEnabled NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString speakers READ speakers NOTIFY changed)
    Q_PROPERTY(QString abstract READ abstract NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    Q_PROPERTY(QString when READ when NOTIFY changed)
    Q_PROPERTY(QVariantList links READ links NOTIFY changed)
    /** Where to watch or join, chat, and a recording (http(s) only; empty when none). */
    Q_PROPERTY(QString joinLink READ joinLink NOTIFY changed)
    Q_PROPERTY(QString chatLink READ chatLink NOTIFY changed)
    Q_PROPERTY(QString recordingLink READ recordingLink NOTIFY changed)
    /** On now, or starting within the reminder lead time: Join is the page's primary action. */
    Q_PROPERTY(bool joinNow READ joinNow NOTIFY changed)
    /** Over (at the agenda's current minute): a recording, if any, is what is left to watch. */
    Q_PROPERTY(bool ended READ ended NOTIFY changed)
    /** "On now · 12 min in" while it runs; empty otherwise. */
    Q_PROPERTY(QString liveText READ liveText NOTIFY changed)
    /** The start is an estimate: the time reads "about …" and is said to be estimated. */
    Q_PROPERTY(bool timeEstimated READ timeEstimated NOTIFY changed)
    /** "Cancelled", "Moved from 09:45 to 10:15": what changed since it was bookmarked; empty when nothing. */
    Q_PROPERTY(QString changeNote READ changeNote NOTIFY changed)

public:
    explicit SessionDetails(QObject *parent = nullptr);

    Agenda *agenda() const { return m_agenda; }
    void setAgenda(Agenda *agenda);
    QString sessionKey() const { return m_key; }
    void setSessionKey(const QString &key);

    bool valid() const { return m_view.valid; }
    bool inAgenda() const { return m_view.inAgenda; }
    bool bookmarked() const;
    /** Bookmarked at the level "maybe". */
    bool maybe() const;
    bool reminderEnabled() const;
    QString title() const { return m_view.title; }
    QString subtitle() const { return m_view.subtitle; }
    /** "Room · Track" */
    QString place() const;
    QString speakers() const { return m_view.speakers.join(QStringLiteral(", ")); }
    QString abstract() const { return m_view.abstract; }
    QString day() const;
    /** Its time in the zone on screen, with the other zone beside it when they differ. */
    QString when() const;
    QString changeNote() const;
    /** [{title, url}]: every link but the join, chat and recording links, which have buttons of their own. */
    QVariantList links() const { return m_view.links; }
    QString joinLink() const { return m_view.joinLink; }
    QString chatLink() const { return m_view.chatLink; }
    QString recordingLink() const { return m_view.recordingLink; }
    bool joinNow() const;
    bool ended() const;
    QString liveText() const;
    bool timeEstimated() const { return m_view.timeEstimated; }

Q_SIGNALS:
    void agendaChanged();
    void sessionKeyChanged();
    void changed();

private:
    /** What is shown, whichever source it came from. */
    struct View {
        bool valid = false;
        bool inAgenda = false;
        QString title;
        QString subtitle;
        QString room;
        QString track;
        QStringList speakers;
        QString abstract;
        QDateTime start;
        QDateTime end;
        QVariantList links;
        QString joinLink;
        QString chatLink;
        QString recordingLink;
        bool timeEstimated = false;
    };

    void refresh();
    void onBookmarkEvent(const QString &conferenceId, const QString &key);

    QPointer<Agenda> m_agenda;
    QString m_key;
    View m_view;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Attend
