#include "rowkeys.h"

#include <QAbstractItemModel>

namespace Attend {

namespace {
int keyRole(const QAbstractItemModel *model)
{
    return model ? model->roleNames().key(QByteArrayLiteral("key"), -1) : -1;
}
} // namespace

RowKeys::RowKeys(QObject *parent)
    : QObject(parent)
{
}

QString RowKeys::keyAt(const QObject *object, int row)
{
    const auto *model = qobject_cast<const QAbstractItemModel *>(object);
    const int role = keyRole(model);
    if (role < 0 || row < 0 || row >= model->rowCount())
        return {};
    return model->index(row, 0).data(role).toString();
}

int RowKeys::rowOf(const QObject *object, const QString &key)
{
    const auto *model = qobject_cast<const QAbstractItemModel *>(object);
    const int role = keyRole(model);
    if (role < 0 || key.isEmpty())
        return -1;
    // A linear look: the lists on screen hold at most some thousands of rows, and this runs when
    // rows change, not per frame.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role).toString() == key)
            return row;
    }
    return -1;
}

} // namespace Attend
