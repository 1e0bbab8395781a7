// Export to calendar and import bookmarks through the file dialogs, in the running window, with
// Attend's own dialog (FileChooserDialog.qml; QT_QPA_PLATFORMTHEME empty in the test's environment so
// nothing desktop-provided can appear): the dialog says Save or Import, suggests a name in Documents,
// adds ".ics" when it is missing, and reports the file by name.

#include "app/appshell.h"
#include "library/conferencelibrary.h"
#include "models/agenda.h"
#include "schedule/schedulestore.h"

#include <QDir>
#include <functional>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace Attend;

namespace {

/** A visible item anywhere in the window (popups and dialogs included) by objectName or by its text. */
QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &match)
{
    if (!root)
        return nullptr;
    const QList<QQuickItem *> children = root->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (match(child))
            return child;
        if (QQuickItem *found = findItem(child, match))
            return found;
    }
    return nullptr;
}

QQuickItem *byName(QQuickWindow *window, const char *name)
{
    return findItem(window->contentItem(), [name](QQuickItem *item) { return item->objectName() == QLatin1String(name); });
}

QQuickItem *buttonWithText(QQuickWindow *window, const QString &text)
{
    return findItem(window->contentItem(), [&text](QQuickItem *item) {
        return item->inherits("QQuickAbstractButton") && item->property("text").toString() == text;
    });
}

// QTest::keyClicks takes a widget only (Qt 6.4): one key click per character.
void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

} // namespace

class TestFileDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
        // Documents is under HOME (no user-dirs file in test mode): a home of the test's own.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("Documents")));
        QFile::remove(ScheduleStore::defaultPath());
        QFile::remove(ConferenceLibrary::defaultPath());
        QSettings().clear();
    }

    void exportThenImportThroughTheDialogs()
    {
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        QQuickWindow *window = shell.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString key = shell.agenda()->conference().sessions.at(2).key;
        shell.agenda()->toggleBookmark(key);
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);

        // By keyboard: the Export button takes Enter as well as Space.
        QQuickItem *exportButton = nullptr;
        QTRY_VERIFY((exportButton = byName(window, "exportButton")));
        exportButton->forceActiveFocus(Qt::TabFocusReason);
        QTest::keyClick(window, Qt::Key_Return);

        QQuickItem *nameField = nullptr;
        QTRY_VERIFY((nameField = byName(window, "fileNameTextField")));
        QTRY_COMPARE(nameField->property("text").toString(), QStringLiteral("RethinkConn 2022.ics"));
        QQuickItem *save = buttonWithText(window, QStringLiteral("Save"));
        QVERIFY2(save, "the export dialog's button says Save");
        QVERIFY(!buttonWithText(window, QStringLiteral("Open")));

        // A name without ".ics", as people type it.
        nameField->forceActiveFocus();
        nameField->setProperty("text", QString());
        typeText(window, QStringLiteral("my-fosdem"));
        QCOMPARE(nameField->property("text").toString(), QStringLiteral("my-fosdem"));
        click(window, save);
        const QString written = QDir(m_home.path()).filePath(QStringLiteral("Documents/my-fosdem.ics"));
        QTRY_VERIFY(QFile::exists(written));
        QFile file(written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(calendar.contains(shell.agenda()->conference().sessions.at(2).title.left(20).toUtf8()));
        QTRY_VERIFY(!byName(window, "fileNameTextField")); // the dialog closed
        QVERIFY(findItem(window->contentItem(), [&written](QQuickItem *item) {
            const QString text = item->property("text").toString();
            return text.startsWith(QLatin1String("Exported 1 bookmarked session")) && text.endsWith(written + QLatin1Char('.'));
        }));

        // Import it back after taking the bookmark out: the dialog opens afresh in the same folder,
        // has a file-name field, and its button says Import.
        shell.agenda()->toggleBookmark(key);
        QVERIFY(!shell.agenda()->isBookmarked(key));
        QQuickItem *importButton = byName(window, "importButton");
        QVERIFY(importButton);
        click(window, importButton);
        QTRY_VERIFY((nameField = byName(window, "fileNameTextField")));
        QCOMPARE(nameField->property("text").toString(), QString());
        QQuickItem *import = buttonWithText(window, QStringLiteral("Import"));
        QVERIFY2(import, "the import dialog's button says Import");
        nameField->forceActiveFocus();
        typeText(window, QStringLiteral("my-fosdem.ics"));
        click(window, import);
        QTRY_VERIFY(shell.agenda()->isBookmarked(key));

        // A file that is not there: the message names it and says why.
        click(window, importButton);
        QTRY_VERIFY((nameField = byName(window, "fileNameTextField")));
        nameField->forceActiveFocus();
        typeText(window, QStringLiteral("nothing-here.ics"));
        click(window, buttonWithText(window, QStringLiteral("Import")));
        const QString missing = QDir(m_home.path()).filePath(QStringLiteral("Documents/nothing-here.ics"));
        QTRY_VERIFY(findItem(window->contentItem(), [&missing](QQuickItem *item) {
            const QString text = item->property("text").toString();
            return text.startsWith(QStringLiteral("Could not open %1: ").arg(missing)) && text.size() > missing.size() + 17;
        }));
    }

    // What the dialog lists: subfolders first, then calendar files only (for import); a typed name
    // is a file in the folder unless it is a full path or starts with "~/".
    void folderListingAndTypedNames()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Trips")));
        for (const char *name : {"b.ics", "A.ICS", "notes.txt", ".hidden.ics"}) {
            QFile file(QDir(dir.path()).filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        AppShell shell;
        QVERIFY(shell.start(CommandLineOptions{}));
        const Agenda &agenda = *shell.agenda();
        const QUrl folder = QUrl::fromLocalFile(dir.path());
        QStringList names;
        for (const QVariant &entry : agenda.folderEntries(folder, true))
            names << entry.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("Trips"), QStringLiteral("A.ICS"), QStringLiteral("b.ics")}));
        QCOMPARE(agenda.folderEntries(folder, false).size(), 4);
        QVERIFY(agenda.folderEntries(folder, true).first().toMap().value(QStringLiteral("isFolder")).toBool());

        QCOMPARE(agenda.fileInFolder(folder, QStringLiteral(" my-fosdem ")).toLocalFile(), dir.filePath(QStringLiteral("my-fosdem")));
        QCOMPARE(agenda.fileInFolder(folder, QStringLiteral("/tmp/x.ics")).toLocalFile(), QStringLiteral("/tmp/x.ics"));
        QCOMPARE(agenda.fileInFolder(folder, QStringLiteral("~/x.ics")).toLocalFile(), QDir::home().filePath(QStringLiteral("x.ics")));
        QVERIFY(agenda.fileInFolder(folder, QStringLiteral("  ")).isEmpty());
        QVERIFY(agenda.isFolder(agenda.fileInFolder(folder, QStringLiteral("Trips"))));
        QVERIFY(!agenda.isFolder(agenda.fileInFolder(folder, QStringLiteral("b.ics"))));
        QCOMPARE(agenda.parentFolder(QUrl::fromLocalFile(dir.filePath(QStringLiteral("Trips")))).toLocalFile(), QDir(dir.path()).absolutePath());
    }
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
