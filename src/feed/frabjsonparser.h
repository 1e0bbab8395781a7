#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QString>

namespace Attend {

/** Reads frab schedule JSON (frab, pretalx, the c3voc merges). */
class FrabJsonParser
{
public:
    static ParseResult parse(const QByteArray &data, const QString &sourceName);
};

} // namespace Attend
