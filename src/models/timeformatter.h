#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * The one place that turns instants into text for people. It knows the viewer's zone and the
 * event's zone, and which one is on screen ("my time" or "event time"); everything that shows a
 * time asks it, and re-asks when displayZoneChanged() fires.
 */
class TimeFormatter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the application")
    Q_PROPERTY(bool useEventZone READ useEventZone WRITE setUseEventZone NOTIFY displayZoneChanged)
    Q_PROPERTY(bool zonesDiffer READ zonesDiffer NOTIFY displayZoneChanged)
    Q_PROPERTY(QString viewerZoneName READ viewerZoneName NOTIFY displayZoneChanged)
    Q_PROPERTY(QString eventZoneName READ eventZoneName NOTIFY displayZoneChanged)
    Q_PROPERTY(QString systemZoneName READ systemZoneName CONSTANT)

public:
    explicit TimeFormatter(QObject *parent = nullptr);

    QTimeZone viewerZone() const { return m_viewerZone; }
    void setViewerZone(const QTimeZone &zone);
    QTimeZone eventZone() const { return m_eventZone; }
    void setEventZone(const QTimeZone &zone);
    bool useEventZone() const { return m_useEventZone; }
    void setUseEventZone(bool use);
    QTimeZone displayZone() const { return m_useEventZone ? m_eventZone : m_viewerZone; }
    QTimeZone otherZone() const { return m_useEventZone ? m_viewerZone : m_eventZone; }

    /** True when the two zones put a clock at different times during the conference. */
    bool zonesDiffer() const;
    QString viewerZoneName() const;
    QString eventZoneName() const;
    QString systemZoneName() const { return QString::fromUtf8(QTimeZone::systemTimeZone().id()); }
    /** Shows "my time" in this IANA zone (empty: the computer's). False when the id is unknown. */
    Q_INVOKABLE bool setViewerZoneId(const QString &id);

    /** "09:20" in the zone on screen. */
    Q_INVOKABLE QString time(const QDateTime &instant) const;
    /** "09:20–09:40", with the end's day spelled out when it falls on another day. */
    Q_INVOKABLE QString timeRange(const QDateTime &start, const QDateTime &end) const;
    /** "PST", "CET", "UTC+01:00": the zone on screen, at that instant. */
    Q_INVOKABLE QString zoneLabel(const QDateTime &instant) const;
    /** "Thursday 10 November 2022" in the zone on screen. */
    Q_INVOKABLE QString day(const QDateTime &instant) const;
    /** "2022-11-10 09:20" in the zone on screen: the key the agenda groups sessions by (sorts as text). */
    QString slotKey(const QDateTime &instant) const;
    /** "09:20–09:40 PST · 18:20–18:40 your time" or, in the viewer's zone, the reverse order. */
    Q_INVOKABLE QString rangeInBothZones(const QDateTime &start, const QDateTime &end) const;

    static QString formatTime(const QDateTime &instant, const QTimeZone &zone);
    static QString formatDay(const QDate &date);

Q_SIGNALS:
    void displayZoneChanged();

private:
    QString rangeIn(const QDateTime &start, const QDateTime &end, const QTimeZone &zone) const;

    QTimeZone m_viewerZone;
    QTimeZone m_eventZone;
    bool m_useEventZone = false;
};

} // namespace Attend
