#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * The agenda as narrowed by the person: one day, one track, and a search text matched against
 * title, speakers and abstract, case- and accent-insensitively, every word anywhere.
 */
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    Q_PROPERTY(QString track READ track WRITE setTrack NOTIFY trackChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int dayIndex); // -1: every day
    QString track() const { return m_track; }
    void setTrack(const QString &track); // empty: every track
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    /** The source row of a row on screen, for opening a session by keyboard. */
    Q_INVOKABLE QString keyAt(int row) const;

Q_SIGNALS:
    void dayIndexChanged();
    void trackChanged();
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_dayIndex = -1;
    QString m_track;
    QString m_searchText;
    QStringList m_searchWords; // folded
};

} // namespace Attend
