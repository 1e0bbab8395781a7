#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * The speakers list as narrowed by a search: every word typed must appear somewhere in the
 * person's name, case- and accent-insensitively ("jur bed" finds "Juraj Bednár").
 */
class SpeakerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit SpeakerFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }

    /** The session keys of a row on screen (a row of this model, not of the source). */
    Q_INVOKABLE QStringList sessionKeysAt(int row) const;

Q_SIGNALS:
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_searchWords; // folded
};

} // namespace Attend
