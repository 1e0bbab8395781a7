#include "conferencelistmodel.h"

namespace Attend {

void ConferenceListModel::setSubscriptions(const QList<Subscription> &subscriptions, const QString &currentId)
{
    beginResetModel();
    m_subscriptions = subscriptions;
    m_currentId = currentId;
    endResetModel();
}

int ConferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subscriptions.size());
}

QVariant ConferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Subscription &subscription = m_subscriptions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return subscription.title.isEmpty() ? subscription.url.toString() : subscription.title;
    case IdRole:
        return subscription.id;
    case DetailRole:
        if (subscription.isBuiltIn())
            return tr("Built in");
        return subscription.url.isLocalFile() ? subscription.url.toLocalFile() : subscription.url.host();
    case CurrentRole:
        return subscription.id == m_currentId;
    case RemovableRole:
        return !subscription.isBuiltIn();
    case PrivateRole:
        return subscription.auth != FeedCredentials::Kind::None;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConferenceListModel::roleNames() const
{
    return {{IdRole, "conferenceId"}, {TitleRole, "title"}, {DetailRole, "detail"},
            {CurrentRole, "current"}, {RemovableRole, "removable"}, {PrivateRole, "needsCredentials"}};
}

} // namespace Attend
