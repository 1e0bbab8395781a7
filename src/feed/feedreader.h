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

    /**
     * Names the readers' output for a snapshot of it (domain/conferencesnapshot.h): a snapshot made
     * by other readers is not reused. Raise readerRevision whenever a reader gives a different
     * conference for the same bytes; the Qt version is part of it (zones, URLs).
     */
    static constexpr int readerRevision = 2; // 2: the XML reader is expat
    static QByteArray readerTag();

private:
    static ParseResult readDataAsPublished(const QByteArray &data, const QString &sourceName);
};

} // namespace Attend
