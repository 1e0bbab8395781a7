#pragma once

#include "schedule/personalschedule.h"

#include <QObject>
#include <QtQml/qqml.h> // QML_FOREIGN needs QQmlPrivate::QmlResolved

namespace Attend {

/** PersonalSchedule as QML sees it (Agenda.schedule): registered here, as schedule/ knows no QML. */
struct PersonalScheduleForeign {
    Q_GADGET
    QML_FOREIGN(Attend::PersonalSchedule)
    QML_NAMED_ELEMENT(PersonalSchedule)
    QML_UNCREATABLE("Owned by the application")
};

} // namespace Attend
