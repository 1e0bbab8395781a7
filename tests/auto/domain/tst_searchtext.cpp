#include "domain/searchtext.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Attend;

class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asciiFoldsAsTheFullFolding()
    {
        // foldForSearch takes a short cut for plain ASCII: it must give what decomposing, dropping
        // marks and case folding give.
        const auto fullFolding = [](const QString &text) {
            QString folded;
            for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
                if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining && c.category() != QChar::Mark_Enclosing)
                    folded.append(c);
            }
            return folded.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
        };
        QRandomGenerator random(99);
        for (int i = 0; i < 5000; ++i) {
            QString text;
            for (int length = random.bounded(40); length > 0; --length)
                text.append(QChar(char16_t(random.bounded(0x80))));
            QCOMPARE(foldForSearch(text), fullFolding(text));
        }
        QCOMPARE(foldForSearch(QStringLiteral("Stra\u00dfe \u00c9MILE")), QStringLiteral("strasse emile")); // not ASCII: the full way
    }

    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("case") << QStringLiteral("NATS JetStream") << QStringLiteral("nats jetstream");
        QTest::addRow("accents") << QStringLiteral("Université Émile") << QStringLiteral("universite emile");
        QTest::addRow("german") << QStringLiteral("Über Straße") << QStringLiteral("uber strasse");
        QTest::addRow("ligature") << QStringLiteral("ﬁle") << QStringLiteral("file");
        QTest::addRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void wordsAreRunsOfLettersAndDigits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("two") << QStringLiteral("  Rust  async ") << QStringList{QStringLiteral("rust"), QStringLiteral("async")};
        QTest::addRow("dotted") << QStringLiteral("Node.js") << QStringList{QStringLiteral("node"), QStringLiteral("js")};
        QTest::addRow("hyphen") << QStringLiteral("Rust-based") << QStringList{QStringLiteral("rust"), QStringLiteral("based")};
        QTest::addRow("accents") << QStringLiteral("Éric") << QStringList{QStringLiteral("eric")};
        QTest::addRow("digits") << QStringLiteral("100k") << QStringList{QStringLiteral("100k")};
        QTest::addRow("punctuation only") << QStringLiteral("-- .") << QStringList();
        QTest::addRow("twice") << QStringLiteral("go go") << QStringList{QStringLiteral("go")};
    }
    void wordsAreRunsOfLettersAndDigits()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(searchWords(query), expected);
    }

    void everyWordStartsAWord_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("matches");
        QTest::addRow("start") << QStringLiteral("Rust for Linux") << QStringLiteral("rust") << true;
        QTest::addRow("inside: trust") << QStringLiteral("Zero trust networks") << QStringLiteral("rust") << false;
        QTest::addRow("inside: frustrating") << QStringLiteral("Frustrating builds") << QStringLiteral("rust") << false;
        QTest::addRow("after hyphen") << QStringLiteral("A Rust-based shell") << QStringLiteral("based") << true;
        QTest::addRow("hyphenated start") << QStringLiteral("A Rust-based shell") << QStringLiteral("rust") << true;
        QTest::addRow("dotted: js") << QStringLiteral("Scaling Node.js") << QStringLiteral("js") << true;
        QTest::addRow("dotted query") << QStringLiteral("Scaling Node.js") << QStringLiteral("node.js") << true;
        QTest::addRow("prefix") << QStringLiteral("Kubernetes operators") << QStringLiteral("kube oper") << true;
        QTest::addRow("one word missing") << QStringLiteral("Kubernetes operators") << QStringLiteral("kube rust") << false;
        QTest::addRow("accent folded") << QStringLiteral("Université de Lyon") << QStringLiteral("univ") << true;
        QTest::addRow("after digit is inside") << QStringLiteral("ipv6rust") << QStringLiteral("rust") << false;
        QTest::addRow("after underscore starts") << QStringLiteral("my_rust") << QStringLiteral("rust") << true;
        QTest::addRow("later occurrence") << QStringLiteral("trust rust") << QStringLiteral("rust") << true;
        QTest::addRow("empty query") << QStringLiteral("anything") << QString() << true;
    }
    void everyWordStartsAWord()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, query);
        QFETCH(bool, matches);
        QCOMPARE(matchesWordStarts(foldForSearch(haystack), searchWords(query)), matches);
    }

    void highlightsWordStartsAndEscapesTheRest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("html");
        QTest::addRow("start") << QStringLiteral("Rust and trust") << QStringLiteral("rust")
                               << QStringLiteral("<b><u>Rust</u></b> and trust");
        QTest::addRow("two words") << QStringLiteral("Rust-based Node.js") << QStringLiteral("based js")
                                   << QStringLiteral("Rust-<b><u>based</u></b> Node.<b><u>js</u></b>");
        QTest::addRow("accents keep the original") << QStringLiteral("Université") << QStringLiteral("univ")
                                                   << QStringLiteral("<b><u>Univ</u></b>ersité");
        QTest::addRow("markup is text") << QStringLiteral("<b>bold</b> & <i>rust</i>") << QStringLiteral("rust")
                                        << QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;<b><u>rust</u></b>&lt;/i&gt;");
        QTest::addRow("nothing typed") << QStringLiteral("a < b") << QString() << QStringLiteral("a &lt; b");
        QTest::addRow("quote") << QStringLiteral("\"rust\"") << QStringLiteral("rust") << QStringLiteral("&quot;<b><u>rust</u></b>&quot;");
    }
    void highlightsWordStartsAndEscapesTheRest()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QString, html);
        QCOMPARE(highlightWordStarts(text, searchWords(query)), html);
    }

    void abstractsLinkTheirAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addRow("sentence") << QStringLiteral("See https://example.org/talk.")
                                  << QStringLiteral("See <a href=\"https://example.org/talk\">https://example.org/talk</a>.");
        QTest::addRow("brackets") << QStringLiteral("(slides: https://a.example/s)")
                                  << QStringLiteral("(slides: <a href=\"https://a.example/s\">https://a.example/s</a>)");
        QTest::addRow("wiki brackets kept") << QStringLiteral("https://en.wikipedia.org/wiki/Rust_(language)")
                                            << QStringLiteral("<a href=\"https://en.wikipedia.org/wiki/Rust_(language)\">https://en.wikipedia.org/wiki/Rust_(language)</a>");
        QTest::addRow("query") << QStringLiteral("http://a.example/?a=1&b=2")
                               << QStringLiteral("<a href=\"http://a.example/?a=1&b=2\">http://a.example/?a=1&amp;b=2</a>");
        QTest::addRow("markup stays text") << QStringLiteral("<img src=\"https://t.example/pixel.gif\"> & <b>x</b>\nnext")
                                           << QStringLiteral("&lt;img src=&quot;<a href=\"https://t.example/pixel.gif\">https://t.example/pixel.gif</a>&quot;&gt; &amp; &lt;b&gt;x&lt;/b&gt;<br>next");
        QTest::addRow("not web") << QStringLiteral("javascript:alert(1) file:///etc/passwd ftp://x")
                                 << QStringLiteral("javascript:alert(1) file:///etc/passwd ftp://x");
        QTest::addRow("no host") << QStringLiteral("https:// nothing") << QStringLiteral("https:// nothing");
    }
    void abstractsLinkTheirAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(linkifyPlainText(text), html);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
