#include "commandline.h"

#include "commandlinefeed.h"
#include "domain/zonename.h"

#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/conferencelibrary.h"
#include "schedule/icsexport.h"
#include "library/settings.h"
#include "schedule/livecalendar.h"
#include "schedule/icsfile.h"
#include "schedule/personalschedule.h"
#include "sessionlisting.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Attend {

namespace {

void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int exportBookmarks(const QString &feed, const Conference &conference, const QString &path, FILE *out, FILE *err)
{
    PersonalSchedule schedule{ScheduleStore(ScheduleStore::defaultPath())};
    schedule.load();
    ConferenceLibrary library(ConferenceLibrary::defaultPath());
    library.load();
    // A followed address may be filed apart from another conference claiming the same id.
    const QString conferenceId = feed.isEmpty() ? conferenceIdFor(conference) : library.conferenceIdFor(feedUrlFromArgument(feed), conference);
    const IcsFileExport written = exportBookmarksFile(schedule, conferenceId, path);
    if (!written.ok) {
        writeLine(err, QStringLiteral("attend: cannot write %1: %2").arg(path, written.error));
        return ExitFeedError;
    }
    writeLine(out, QCoreApplication::translate("CommandLine", "Exported %n bookmarked session(s) of %1 to %2", nullptr, written.count)
                       .arg(conference.title, path));
    return ExitSuccess;
}
} // namespace

QString configuredLiveCalendarPath()
{
    const QString path = Settings::instance()->liveCalendarPath();
    return path.isEmpty() ? LiveCalendar::defaultPath() : path;
}

bool isKnownZone(const QString &zone)
{
    return zone.isEmpty() || zone == QLatin1String("event") || zoneFromName(zone).has_value();
}

QTimeZone resolveDisplayZone(const QString &zone, const Conference &conference)
{
    if (zone.isEmpty())
        return QTimeZone::systemTimeZone();
    if (zone == QLatin1String("event"))
        return conference.timeZone;
    return zoneFromNameOrInvalid(zone);
}

std::optional<CommandLineOptions> parseCommandLine(const QStringList &arguments, QString *error, QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Attend: read a conference's agenda, in your own time zone."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption feedOption(QStringLiteral("feed"),
                                        QCoreApplication::translate("CommandLine", "Open the agenda in <file> instead of the built-in one."),
                                        QStringLiteral("file"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QCoreApplication::translate("CommandLine", "Print the sessions, one a line, tab-separated, and exit."));
    const QCommandLineOption linksOption(QStringLiteral("links"),
                                         QCoreApplication::translate("CommandLine", "With --list: add a seventh column, where to join each session (its live stream or room; empty when none)."));
    const QCommandLineOption zoneOption(QStringLiteral("tz"),
                                        QCoreApplication::translate("CommandLine", "Show times in <zone>: an IANA name such as Europe/Berlin, or \"event\" for the conference's own zone. Default: this computer's zone."),
                                        QStringLiteral("zone"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QCoreApplication::translate("CommandLine", "With --list, print only the sessions a search for <text> shows in the window: every word must start a word of the title, speakers, track, room or abstract."),
                                          QStringLiteral("text"));
    const QCommandLineOption exportOption(QStringLiteral("export-ics"),
                                          QCoreApplication::translate("CommandLine", "Write the bookmarked sessions of the conference to <file> as an iCalendar file, and exit."),
                                          QStringLiteral("file"));
    const QCommandLineOption backgroundOption(QStringLiteral("background"),
                                              QCoreApplication::translate("CommandLine", "Start hidden in the system tray, with reminders armed."));
    const QCommandLineOption calendarFileOption(QStringLiteral("calendar-file"),
                                                QCoreApplication::translate("CommandLine", "Print the path of the live calendar file (your bookmarks of every followed conference, kept up to date for calendar apps to subscribe to), and exit."));
    parser.addOptions({feedOption, listOption, linksOption, searchOption, zoneOption, exportOption, backgroundOption, calendarFileOption});
    if (helpText)
        *helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    CommandLineOptions options;
    options.feed = parser.value(feedOption);
    options.zone = parser.value(zoneOption);
    options.links = parser.isSet(linksOption);
    options.list = parser.isSet(listOption) || options.links; // --links alone lists too
    options.search = parser.value(searchOption);
    if (parser.isSet(searchOption) && !options.list) {
        *error = QCoreApplication::translate("CommandLine", "--search works with --list");
        return std::nullopt;
    }
    options.exportIcs = parser.value(exportOption);
    options.background = parser.isSet(backgroundOption);
    options.showHelp = parser.isSet(helpOption);
    options.showVersion = parser.isSet(versionOption);
    options.calendarFile = parser.isSet(calendarFileOption);
    if (parser.isSet(feedOption) && options.feed.isEmpty()) {
        *error = QCoreApplication::translate("CommandLine", "--feed needs a file or a URL");
        return std::nullopt;
    }
    if (!isKnownZone(options.zone)) {
        *error = QCoreApplication::translate("CommandLine", "Unknown time zone: %1 (use an IANA name such as Europe/Berlin, or \"event\")").arg(options.zone);
        return std::nullopt;
    }
    return options;
}

int runHeadless(const CommandLineOptions &options, const QString &helpText, FILE *out, FILE *err)
{
    if (options.showHelp) {
        fputs(helpText.toUtf8().constData(), out);
        return ExitSuccess;
    }
    if (options.showVersion) {
        writeLine(out, QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return ExitSuccess;
    }
    if (options.calendarFile) {
        writeLine(out, configuredLiveCalendarPath());
        if (!Settings::instance()->liveCalendarEnabled())
            writeLine(err, QCoreApplication::translate("CommandLine", "attend: the live calendar is turned off in Settings: this file is not kept up to date."));
        return ExitSuccess;
    }
    const ParseResult result = readFeedForCommandLine(options.feed, err);
    if (!result.ok) {
        writeLine(err, QStringLiteral("attend: ") + result.error.toString());
        return ExitFeedError;
    }
    if (!options.exportIcs.isEmpty())
        return exportBookmarks(options.feed, result.conference, options.exportIcs, out, err);
    const QByteArray listing = listSessions(result.conference, resolveDisplayZone(options.zone, result.conference),
                                            options.links ? ListColumns::WithJoinLink : ListColumns::Standard, options.search);
    fwrite(listing.constData(), 1, size_t(listing.size()), out);
    fflush(out);
    return ExitSuccess;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("attend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTEND_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Attend"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("attend.invalid"));
}

int runHeadlessAttend(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // a QApplication aborts without a display
    installTranslations(app);         // before the parser: its help and errors are translated
    setApplicationIdentity();
    QString error;
    QString help;
    const auto options = parseCommandLine(app.arguments(), &error, &help);
    if (!options) {
        fprintf(stderr, "attend: %s\n", qPrintable(error));
        return ExitUsageError;
    }
    return runHeadless(*options, help, stdout, stderr);
}

} // namespace Attend
