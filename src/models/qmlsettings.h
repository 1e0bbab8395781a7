#pragma once

#include "library/settings.h"

#include <QObject>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace Attend {

/** Settings (library/) as the QML singleton `AppSettings`: the instance the application set. */
struct QmlSettings {
    Q_GADGET
    QML_FOREIGN(Attend::Settings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_SINGLETON

public:
    static Settings *create(QQmlEngine *engine, QJSEngine *scriptEngine);
};

} // namespace Attend
