#include "feed/htmltotext.h"

#include <QTest>

using namespace Attend;

class TestHtmlToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain stays") << QStringLiteral("Just text, 3 < 4.") << QStringLiteral("Just text, 3 < 4.");
        QTest::addRow("paragraphs") << QStringLiteral("<p>One</p>\n<p>Two</p>") << QStringLiteral("One\n\nTwo");
        QTest::addRow("line breaks") << QStringLiteral("a<br>b<br/>c") << QStringLiteral("a\nb\nc");
        QTest::addRow("entities") << QStringLiteral("<p>Europe&rsquo;s &amp; &#8220;x&#x201D; caf&eacute;</p>")
                                  << QStringLiteral("Europe\u2019s & \u201Cx\u201D caf\u00E9");
        QTest::addRow("link text kept") << QStringLiteral("<p>See <a href=\"https://x.org\">the site</a>.</p>")
                                        << QStringLiteral("See the site.");
        QTest::addRow("images dropped") << QStringLiteral("<p>Logo: <img src=\"https://tracker.example/p.png\"> end</p>")
                                        << QStringLiteral("Logo: end");
        QTest::addRow("script dropped") << QStringLiteral("<p>a</p><script>alert(1)</script><p>b</p>")
                                        << QStringLiteral("a\n\nb");
        QTest::addRow("lists") << QStringLiteral("<ul><li>one</li><li>two</li></ul>")
                               << QStringLiteral("\u2022 one\n\u2022 two");
        QTest::addRow("html collapses source newlines") << QStringLiteral("<p>a\n   b</p>") << QStringLiteral("a b");
        QTest::addRow("template indentation") << QStringLiteral("First line\n                    second\n                      indented")
                                              << QStringLiteral("First line\nsecond\n  indented");
        QTest::addRow("blank runs") << QStringLiteral("\n\na\n\n\n\nb\n\n") << QStringLiteral("a\n\nb");
        QTest::addRow("bad reference") << QStringLiteral("<p>&#0; &#xD800; &bogus;</p>") << QStringLiteral("&bogus;");
    }
    void converts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(htmlToPlainText(input), expected);
    }

    void detectsHtml()
    {
        QVERIFY(looksLikeHtml(QStringLiteral("<p>x</p>")));
        QVERIFY(!looksLikeHtml(QStringLiteral("if a < b and c > d, x<y")));
        QVERIFY(!looksLikeHtml(QStringLiteral("use <stdio.h>")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlToText)
#include "tst_htmltotext.moc"
