#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * Rows by session key, in any list model with a "key" role: lets a list keep its highlight on the
 * same session when rows come and go (Now & Next each minute, a search, a feed update).
 */
class RowKeys : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit RowKeys(QObject *parent = nullptr);

    /** The key of a row of a list model (anything else: none); empty when the row or the role does not exist. */
    Q_INVOKABLE static QString keyAt(const QObject *model, int row);
    /** The row with this key; -1 when none. */
    Q_INVOKABLE static int rowOf(const QObject *model, const QString &key);
};

} // namespace Attend
