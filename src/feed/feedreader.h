#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QString>

namespace Attend {

/** Reads any supported feed: detects the format from the content and hands it to that parser. */
class FeedReader
{
public:
    static ParseResult readData(const QByteArray &data, const QString &sourceName);
    static ParseResult readFile(const QString &path);

    /** The agenda compiled into the app: RethinkConn 2022. */
    static ParseResult readBuiltIn();
    static QString builtInPath();

private:
    static ParseResult readDataAsPublished(const QByteArray &data, const QString &sourceName);
};

} // namespace Attend
