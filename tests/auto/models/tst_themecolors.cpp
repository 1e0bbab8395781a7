#include "feed/feedreader.h"
#include "models/themecolors.h"

#include <QApplication>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Attend;

// The Attend QML module's type registration (ThemeColors among them). Linked from a static library,
// it is called by hand, as AppShell does: nothing else references it, so nothing else pulls it in.
void qml_register_types_Attend();

Q_DECLARE_METATYPE(QPalette)

// WCAG 2.1 contrast of every text/background pair the theme defines, read from Theme.qml itself
// (loaded in a QML engine with the palette set on the application, as the app runs), on the
// Fusion light palette, a dark one and a high-contrast one; and of the track colours on every
// card background.
class TestThemeColors : public QObject
{
    Q_OBJECT

private:
    /** Colours Theme.qml defines that are drawn under or around text, never as text. */
    static QSet<QString> decorative() { return {QStringLiteral("cardBorder"), QStringLiteral("gridLine")}; }

    static QPalette darker()
    {
        // Modelled on qt6ct's "darker" colour scheme (/usr/share/qt6ct/colors/darker.conf).
        QPalette p;
        const auto set = [&p](QPalette::ColorRole role, const char *color) { p.setColor(QPalette::All, role, QColor(QLatin1String(color))); };
        set(QPalette::WindowText, "#ffffff");
        set(QPalette::Button, "#424245");
        set(QPalette::Light, "#979797");
        set(QPalette::Midlight, "#5e5c64");
        set(QPalette::Dark, "#302f2e");
        set(QPalette::Mid, "#4a4947");
        set(QPalette::Text, "#ffffff");
        set(QPalette::BrightText, "#ffffff");
        set(QPalette::ButtonText, "#ffffff");
        set(QPalette::Base, "#3d3d3d");
        set(QPalette::Window, "#222020");
        set(QPalette::Shadow, "#e7e4e0");
        set(QPalette::Highlight, "#12608a");
        set(QPalette::HighlightedText, "#f9f9f9");
        set(QPalette::Link, "#0986d3");
        set(QPalette::LinkVisited, "#a70b06");
        set(QPalette::AlternateBase, "#5c5b5a");
        set(QPalette::ToolTipBase, "#3f3f36");
        set(QPalette::ToolTipText, "#ffffff");
        return p;
    }
    static QPalette highContrast()
    {
        // As GNOME's and Windows' high-contrast dark themes: black, white, yellow and cyan.
        QPalette p{QColor(Qt::black), QColor(Qt::black)};
        const auto set = [&p](QPalette::ColorRole role, const char *color) { p.setColor(QPalette::All, role, QColor(QLatin1String(color))); };
        set(QPalette::WindowText, "#ffffff");
        set(QPalette::Text, "#ffffff");
        set(QPalette::ButtonText, "#ffffff");
        set(QPalette::Base, "#000000");
        set(QPalette::Window, "#000000");
        set(QPalette::Button, "#000000");
        set(QPalette::Highlight, "#ffff00");
        set(QPalette::HighlightedText, "#000000");
        set(QPalette::Link, "#00ffff");
        return p;
    }

    /** Theme.qml as the app sees it, with `palette` set on the application. */
    std::unique_ptr<QObject> loadTheme(QQmlEngine &engine, const QPalette &palette)
    {
        QApplication::setPalette(palette);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // as AppShell does: the Attend module's QML files
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport Attend\nQtObject { readonly property QtObject theme: Theme\n"
                          "function trackColors(names) { return names.map(name => Theme.trackColor(name)) } }",
                          QUrl());
        std::unique_ptr<QObject> holder(component.create());
        if (!holder)
            qFatal("%s", qPrintable(component.errorString()));
        return holder;
    }
    static QObject *theme(QObject *holder) { return holder->property("theme").value<QObject *>(); }

    static QStringList tracksOf(const QString &feed)
    {
        ParseResult result = FeedReader::readFile(feed);
        QStringList tracks;
        for (const Session &session : std::as_const(result.conference.sessions)) {
            if (!session.track.isEmpty() && !tracks.contains(session.track))
                tracks.append(session.track);
        }
        return tracks;
    }

private Q_SLOTS:
    void initTestCase() { qml_register_types_Attend(); }
    void contrastRatioFollowsWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #777777 on white is the well-known near miss: 4.48:1.
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        // Fusion's own selection: white on #308cc6 is 3.7:1, not enough for text.
        QVERIFY(contrastRatio(Qt::white, QColor(0x30, 0x8c, 0xc6)) < 4.5);
        QVERIFY(contrastRatio(Qt::white, withContrast(QColor(0x30, 0x8c, 0xc6), {Qt::white}, 4.5)) >= 4.5);
    }

    void trackColourIsAPureFunctionOfTheName()
    {
        const QList<QColor> light{Qt::white, QColor(0xf0, 0xf0, 0xf0)};
        QCOMPARE(trackColor(QStringLiteral("Nix and NixOS"), light), trackColor(QStringLiteral("Nix and NixOS"), light));
        QVERIFY(trackColor(QStringLiteral("Nix and NixOS"), light) != trackColor(QStringLiteral("Containers"), light));
        // FNV-1a, not a per-process seeded hash: this value holds on every run and machine.
        QCOMPARE(trackColor(QStringLiteral("Main Track"), {Qt::white}).name(), trackColor(QStringLiteral("Main Track"), {Qt::white}).name());
        const QStringList tracks = tracksOf(QStringLiteral(ATTEND_TEST_DATA "/feeds/fosdem-2026-pretalx-pentabarf.xml"));
        QVERIFY(tracks.size() > 50);
        QSet<QRgb> distinct;
        for (const QString &track : tracks)
            distinct.insert(trackColor(track, light).rgb());
        // 70 FOSDEM tracks on 36 hues and 4 saturations: far more than a handful of colours.
        QVERIFY2(distinct.size() >= 30, qPrintable(QString::number(distinct.size())));
    }

    void everyPairReadsOnEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(fusion);
        QTest::addRow("Fusion light") << fusion->standardPalette();
        QTest::addRow("dark (qt6ct darker)") << darker();
        QTest::addRow("high contrast") << highContrast();
    }
    void everyPairReadsOnEveryPalette()
    {
        QFETCH(QPalette, palette);
        QQmlEngine engine;
        auto holder = loadTheme(engine, palette);
        QObject *t = theme(holder.get());
        QVERIFY(t);
        // The colours come from this palette, not another: the card is the palette's base.
        QCOMPARE(t->property("cardBackground").value<QColor>(), palette.color(QPalette::Active, QPalette::Base).toRgb());

        QSet<QString> covered = decorative();
        int failures = 0;
        for (const ThemeColorPair &pair : ThemeColors::pairs()) {
            const QVariant fg = t->property(pair.foreground);
            const QVariant bg = t->property(pair.background);
            QVERIFY2(fg.isValid() && bg.isValid(), pair.foreground);
            const double ratio = contrastRatio(fg.value<QColor>(), bg.value<QColor>());
            if (ratio < pair.minimumRatio) {
                qWarning("%s %s on %s %s: %.2f:1, needs %.1f:1", pair.foreground, qPrintable(fg.value<QColor>().name()),
                         pair.background, qPrintable(bg.value<QColor>().name()), ratio, pair.minimumRatio);
                ++failures;
            }
            covered.insert(QLatin1String(pair.foreground));
            covered.insert(QLatin1String(pair.background));
        }
        QCOMPARE(failures, 0);

        // Secondary text is still drawn as text at Theme.secondaryOpacity in places: what the eye
        // sees of it on each surface must read too.
        const double secondary = t->property("secondaryOpacity").toDouble();
        QVERIFY(secondary > 0 && secondary <= 1);
        for (const char *surface : {"cardBackground", "pastCardBackground", "window"}) {
            const QColor under = t->property(surface).value<QColor>();
            for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText}) {
                const QColor seen = blend(palette.color(QPalette::Active, role), under, secondary);
                QVERIFY2(contrastRatio(seen, under) >= 4.5,
                         qPrintable(QStringLiteral("text at %1 on %2: %3:1").arg(secondary).arg(QLatin1String(surface)).arg(contrastRatio(seen, under), 0, 'f', 2)));
            }
        }

        // Every colour Theme.qml defines is in some pair (or known to be decoration): a colour
        // added without saying what it is drawn on fails here.
        const QMetaObject *meta = t->metaObject();
        for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.metaType().id() != QMetaType::QColor)
                continue;
            const QString name = QLatin1String(property.name());
            if (name == QLatin1String("warningColor")) { // the older name of warningText
                QCOMPARE(property.read(t), t->property("warningText"));
                continue;
            }
            QVERIFY2(covered.contains(name), qPrintable(name + QStringLiteral(" is in no text/background pair")));
        }
    }

    void trackColoursReadOnEveryCard_data() { everyPairReadsOnEveryPalette_data(); }
    void trackColoursReadOnEveryCard()
    {
        QFETCH(QPalette, palette);
        QQmlEngine engine;
        auto holder = loadTheme(engine, palette);
        QObject *t = theme(holder.get());
        QVERIFY(t);
        const QStringList tracks = tracksOf(QStringLiteral(ATTEND_TEST_DATA "/feeds/fosdem-2026-pretalx-pentabarf.xml"))
                                   + tracksOf(QStringLiteral(ATTEND_TEST_DATA "/feeds/39c3-everything-voc-merged.xml"));
        QVERIFY(tracks.size() > 60);
        // Through the QML function the pages call, Theme.trackColor(name).
        QVariant colors;
        QVERIFY(QMetaObject::invokeMethod(holder.get(), "trackColors", Q_RETURN_ARG(QVariant, colors), Q_ARG(QVariant, tracks)));
        const QVariantList list = colors.toList();
        QCOMPARE(list.size(), tracks.size());
        for (int i = 0; i < tracks.size(); ++i) {
            const QString &track = tracks.at(i);
            const QVariant &color = list.at(i);
            QVERIFY2(color.value<QColor>().isValid(), qPrintable(color.toString()));
            for (const char *card : {"cardBackground", "pastCardBackground", "bookmarkedCardBackground"}) {
                const QColor background = t->property(card).value<QColor>();
                const double ratio = contrastRatio(color.value<QColor>(), background);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 (%2) on %3: %4:1").arg(track, color.value<QColor>().name(), QLatin1String(card)).arg(ratio, 0, 'f', 2)));
            }
        }
    }
};

QTEST_MAIN(TestThemeColors)
#include "tst_themecolors.moc"
