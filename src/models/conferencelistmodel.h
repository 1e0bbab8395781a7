#pragma once

#include "library/subscription.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/** The conferences in the switcher: built-in first, then the followed feeds in the order added. */
class ConferenceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Conferences")

public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, DetailRole, CurrentRole, RemovableRole, PrivateRole };

    using QAbstractListModel::QAbstractListModel;

    void setSubscriptions(const QList<Subscription> &subscriptions, const QString &currentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Subscription> m_subscriptions;
    QString m_currentId;
};

} // namespace Attend
