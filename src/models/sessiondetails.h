#pragma once

#include "agenda.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/** Everything the session page shows about one session, looked up by key and kept current. */
class SessionDetails : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Attend::Agenda *agenda READ agenda WRITE setAgenda NOTIFY agendaChanged)
    Q_PROPERTY(QString sessionKey READ sessionKey WRITE setSessionKey NOTIFY sessionKeyChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString subtitle READ subtitle NOTIFY changed)
    Q_PROPERTY(QString track READ track NOTIFY changed)
    Q_PROPERTY(QString room READ room NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString speakers READ speakers NOTIFY changed)
    Q_PROPERTY(QString abstract READ abstract NOTIFY changed)
    Q_PROPERTY(QString day READ day NOTIFY changed)
    Q_PROPERTY(QString when READ when NOTIFY changed)
    Q_PROPERTY(QVariantList links READ links NOTIFY changed)

public:
    explicit SessionDetails(QObject *parent = nullptr);

    Agenda *agenda() const { return m_agenda; }
    void setAgenda(Agenda *agenda);
    QString sessionKey() const { return m_key; }
    void setSessionKey(const QString &key);

    bool valid() const;
    QString title() const;
    QString subtitle() const;
    QString track() const;
    QString room() const;
    /** "Room · Track" */
    QString place() const;
    QString speakers() const;
    QString abstract() const;
    QString day() const;
    /** Its time in the zone on screen, with the other zone beside it when they differ. */
    QString when() const;
    /** [{title, url}] */
    QVariantList links() const;

Q_SIGNALS:
    void agendaChanged();
    void sessionKeyChanged();
    void changed();

private:
    QPointer<Agenda> m_agenda;
    QString m_key;
    QMetaObject::Connection m_conferenceConnection;
    QMetaObject::Connection m_zoneConnection;
};

} // namespace Attend
