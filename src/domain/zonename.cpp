#include "zonename.h"

#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Attend {

namespace {

constexpr qsizetype kMaxNameLength = 64;

/** "Area/City" as tzdata spells names: no path steps, nothing a file name or a POSIX rule needs. */
bool hasZoneNameShape(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name.front() == '/' || name.contains(QByteArrayView("..")))
        return false;
    for (const char c : name) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/'
            || c == '_' || c == '+' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

/** The word of line that starts at from (up to a space or tab), empty past the end. */
QByteArrayView wordAt(QByteArrayView line, qsizetype from)
{
    if (from >= line.size())
        return {};
    qsizetype to = from;
    while (to < line.size() && line.at(to) != ' ' && line.at(to) != '\t' && line.at(to) != '\r')
        ++to;
    return line.sliced(from, to - from);
}

/** The names Qt lists and those tzdata's own source names, read once, on the first look-up. */
struct KnownNames {
    QSet<QByteArray> listedByQt;
    QSet<QByteArray> tzdataZones;              // "Z Etc/UTC ...": zones Qt may not list (Etc/UTC, CET)
    QHash<QByteArray, QByteArray> tzdataLinks; // "L Europe/Kyiv Europe/Kiev": alias -> target

    KnownNames()
    {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        listedByQt = QSet<QByteArray>(ids.cbegin(), ids.cend());
        readTzdata();
    }

    void readTzdata()
    {
        // Where Debian, Fedora and Arch keep it; TZDIR first, as the C library reads it. Only this one
        // file is opened by its fixed name, never a name from a feed.
        QList<QByteArray> folders;
        if (const QByteArray dir = qgetenv("TZDIR"); !dir.isEmpty())
            folders.append(dir);
        folders << "/usr/share/zoneinfo" << "/usr/lib/zoneinfo" << "/usr/share/lib/zoneinfo";
        for (const QByteArray &folder : std::as_const(folders)) {
            QFile file(QString::fromLocal8Bit(folder + "/tzdata.zi"));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // About 110 kB; a cap keeps a strange TZDIR from costing more.
            const QByteArray text = file.read(4 * 1024 * 1024);
            // Line by line in place: most lines are rules ("R …"), and splitting the whole file
            // into lines was most of the first zone look-up (at start-up, for a followed feed).
            for (qsizetype from = 0; from < text.size();) {
                qsizetype to = text.indexOf('\n', from);
                if (to < 0)
                    to = text.size();
                const QByteArrayView line = QByteArrayView(text).sliced(from, to - from);
                from = to + 1;
                if (!line.startsWith("Z ") && !line.startsWith("L "))
                    continue;
                // "Z Etc/UTC 0 - UTC", "L Europe/Kyiv Europe/Kiev": the words after the mark.
                const QByteArrayView first = wordAt(line, 2);
                if (line.front() == 'Z' && hasZoneNameShape(first)) {
                    tzdataZones.insert(first.toByteArray());
                } else if (line.front() == 'L') {
                    const QByteArrayView second = wordAt(line, 2 + first.size() + 1);
                    if (hasZoneNameShape(first) && hasZoneNameShape(second))
                        tzdataLinks.insert(second.toByteArray(), first.toByteArray());
                }
            }
            return;
        }
    }
};

const KnownNames &knownNames()
{
    static const KnownNames names; // thread-safe once, and not at start-up: only when a zone is looked up
    return names;
}

/** "UTC+02:00", "UTC-5", "UTC+5:30": a fixed offset, within the ±14 h real zones use. */
std::optional<QTimeZone> fixedOffset(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^UTC([+-])(\\d{1,2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.capturedView(2).toInt();
    const int minutes = match.hasCaptured(3) ? match.capturedView(3).toInt() : 0;
    if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        return std::nullopt;
    const int sign = match.capturedView(1) == QLatin1String("-") ? -1 : 1;
    return QTimeZone(sign * (hours * 3600 + minutes * 60));
}

/** A tzdata name: the file of that name exists under the zone folder, so Qt reads it as a zone. */
std::optional<QTimeZone> validZone(const QByteArray &id)
{
    QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    return zone;
}

} // namespace

std::optional<QTimeZone> zoneFromName(const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (name.startsWith(QLatin1String("UTC+")) || name.startsWith(QLatin1String("UTC-")))
        return fixedOffset(name); // before the shape check: "UTC+05:30" has a colon, no path does harm
    const QByteArray id = name.toLatin1();
    if (id.size() != name.size() || !hasZoneNameShape(id))
        return std::nullopt;

    // Only names on a list reach QTimeZone: anything else is read as a file or a POSIX rule.
    const KnownNames &known = knownNames();
    if (known.listedByQt.contains(id) || known.tzdataZones.contains(id))
        return validZone(id);
    // An alias Qt does not list (Europe/Kiev, US/Pacific): its own file where installed, else its
    // target. Links may point at links in some tzdata builds; a few steps are plenty.
    QByteArray alias = id;
    for (int step = 0; step < 4; ++step) {
        const auto link = known.tzdataLinks.constFind(alias);
        if (link == known.tzdataLinks.cend())
            return std::nullopt;
        if (step == 0) {
            if (std::optional<QTimeZone> zone = validZone(id))
                return zone;
        }
        alias = link.value();
        if (known.listedByQt.contains(alias) || known.tzdataZones.contains(alias))
            return validZone(alias);
    }
    return std::nullopt;
}

QTimeZone zoneFromNameOrInvalid(const QString &name)
{
    return zoneFromName(name).value_or(QTimeZone());
}

} // namespace Attend
