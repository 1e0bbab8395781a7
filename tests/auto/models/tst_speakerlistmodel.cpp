#include "domain/searchtext.h"
#include "feed/feedreader.h"
#include "models/speakerfiltermodel.h"
#include "models/speakerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Attend;

namespace {
Session session(const QString &key, const QList<Speaker> &speakers)
{
    Session s;
    s.key = key;
    s.title = QStringLiteral("Talk ") + key;
    s.speakers = speakers;
    return s;
}

Speaker person(const QString &name, const QString &id = QString())
{
    return Speaker{id, name};
}

struct Row {
    QString name;
    QString id;
    QStringList keys;
};

QList<Row> rows(const QAbstractItemModel &model)
{
    QList<Row> list;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        list.append({index.data(SpeakerListModel::NameRole).toString(), index.data(SpeakerListModel::SpeakerIdRole).toString(),
                     index.data(SpeakerListModel::SessionKeysRole).toStringList()});
    }
    return list;
}

/** The rows named like this (folded), as "id:count" in row order. */
QStringList rowsNamed(const QAbstractItemModel &model, const QString &name)
{
    QStringList found;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(SpeakerListModel::SearchTextRole).toString() == foldForSearch(name))
            found.append(index.data(SpeakerListModel::SpeakerIdRole).toString() + QLatin1Char(':')
                         + QString::number(index.data(SpeakerListModel::SessionCountRole).toInt()));
    }
    return found;
}
} // namespace

class TestSpeakerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadePeople()
    {
        SpeakerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countChanged(&model, &SpeakerListModel::countChanged);
        model.setSessions(QStringLiteral("handmade"), {
            // The same person once without an id, then with one: one row, named as the record with the id writes it.
            session(QStringLiteral("s1"), {person(QStringLiteral("ada LOVELACE"))}),
            session(QStringLiteral("s2"), {person(QStringLiteral("Ada Lovelace"), QStringLiteral("p1")),
                                           person(QStringLiteral("Ada Lovelace"), QStringLiteral("p1"))}), // named twice: one session
            session(QStringLiteral("s3"), {person(QStringLiteral("Ádá Lovelace"), QStringLiteral("p1"))}),
            // Two people with one name and different ids stay apart; the same name without an id
            // cannot say which of them it is, and stays on a row of its own.
            session(QStringLiteral("s4"), {person(QStringLiteral("Jan Novák"), QStringLiteral("7"))}),
            session(QStringLiteral("s5"), {person(QStringLiteral("Jan Novák"), QStringLiteral("8"))}),
            session(QStringLiteral("s6"), {person(QStringLiteral("Jan Novak"))}),
            // A merged feed's reused id (5 for Alice and for Bob) identifies nobody: Alice is
            // matched by name to her record with a trusted id, Bob stays on his own, without an id.
            session(QStringLiteral("s7"), {person(QStringLiteral("Alice"), QStringLiteral("5"))}),
            session(QStringLiteral("s8"), {person(QStringLiteral("Bob"), QStringLiteral("5"))}),
            session(QStringLiteral("s9"), {person(QStringLiteral("Alice"), QStringLiteral("9")), person(QStringLiteral("Émile"))}),
            session(QStringLiteral("s10"), {person(QStringLiteral("0x4c.de")), person(QStringLiteral("@penel_pe")), person(QStringLiteral("zed"))}),
        });
        QCOMPARE(countChanged.count(), 1);

        const QList<Row> all = rows(model);
        QStringList names;
        for (const Row &row : all)
            names.append(row.name);
        // "#" first; then by name, case-insensitively (LC_ALL=C.UTF-8: QCollator compares code
        // points here, so "0" before "@"); the two "Jan Novák" keep the order of their ids.
        QCOMPARE(names, (QStringList{QStringLiteral("0x4c.de"), QStringLiteral("@penel_pe"), QStringLiteral("Ada Lovelace"),
                                     QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Émile"),
                                     QStringLiteral("Jan Novak"), QStringLiteral("Jan Novák"), QStringLiteral("Jan Novák"),
                                     QStringLiteral("zed")}));
        QCOMPARE(model.property("count").toInt(), 10);

        const Row ada = all.at(model.rowOfName(QStringLiteral("ADA lovelace")));
        QCOMPARE(ada.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.id, QStringLiteral("p1"));
        QCOMPARE(ada.keys, (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3")}));
        // "Ádá Lovelace" (s3) carries the id p1 and folds like the others: same person.
        QCOMPARE(model.sessionKeysOf(model.rowOfName(QStringLiteral("Ada Lovelace"))), ada.keys);

        QCOMPARE(rowsNamed(model, QStringLiteral("Jan Novak")),
                 (QStringList{QStringLiteral(":1"), QStringLiteral("7:1"), QStringLiteral("8:1")}));
        QCOMPARE(rowsNamed(model, QStringLiteral("Alice")), QStringList{QStringLiteral("9:2")});
        QCOMPARE(all.at(model.rowOfName(QStringLiteral("alice"))).keys, (QStringList{QStringLiteral("s7"), QStringLiteral("s9")}));
        QCOMPARE(rowsNamed(model, QStringLiteral("Bob")), QStringList{QStringLiteral(":1")});

        const auto initialOf = [&](const QString &name) {
            return model.index(model.rowOfName(name)).data(SpeakerListModel::InitialRole).toString();
        };
        QCOMPARE(initialOf(QStringLiteral("Émile")), QStringLiteral("E"));
        QCOMPARE(initialOf(QStringLiteral("emile")), QStringLiteral("E"));
        QCOMPARE(initialOf(QStringLiteral("0x4c.de")), QStringLiteral("#"));
        QCOMPARE(initialOf(QStringLiteral("@penel_pe")), QStringLiteral("#"));
        QCOMPARE(initialOf(QStringLiteral("zed")), QStringLiteral("Z"));
        QCOMPARE(model.index(model.rowOfName(QStringLiteral("Émile"))).data(SpeakerListModel::SearchTextRole).toString(),
                 QStringLiteral("emile"));

        QCOMPARE(model.rowOfName(QStringLiteral("nobody")), -1);
        QCOMPARE(model.rowOfName(QString()), -1);
        QCOMPARE(model.sessionKeysOf(-1), QStringList());
        QCOMPARE(model.sessionKeysOf(model.rowCount()), QStringList());

        const QHash<int, QByteArray> roles = model.roleNames();
        for (const char *name : {"name", "sessionCount", "sessionKeys", "searchText", "initial", "speakerId"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);

        model.setSessions(QStringLiteral("empty"), {});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(countChanged.count(), 2);
    }

    void sortsInThePersonsLocale()
    {
        // German collation: accents come second to letters ("Ödön" among the "O"s, before "Olaf").
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        SpeakerListModel model;
        QList<Session> sessions;
        int number = 0;
        for (const char *name : {"zed", "Ozzy", "Émile", "Zoë", "ebba", "Ödön", "Eve", "Olaf"})
            sessions.append(session(QString::number(++number), {person(QString::fromUtf8(name))}));
        model.setSessions(QStringLiteral("locale"), sessions);
        QLocale::setDefault(before);
        QStringList names;
        QStringList initials;
        for (int row = 0; row < model.rowCount(); ++row) {
            names.append(model.index(row).data(SpeakerListModel::NameRole).toString());
            initials.append(model.index(row).data(SpeakerListModel::InitialRole).toString());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("ebba"), QStringLiteral("Émile"), QStringLiteral("Eve"), QStringLiteral("Ödön"),
                                     QStringLiteral("Olaf"), QStringLiteral("Ozzy"), QStringLiteral("zed"), QStringLiteral("Zoë")}));
        QCOMPARE(initials, (QStringList{QStringLiteral("E"), QStringLiteral("E"), QStringLiteral("E"), QStringLiteral("O"),
                                        QStringLiteral("O"), QStringLiteral("O"), QStringLiteral("Z"), QStringLiteral("Z")}));
    }

    void manyNamesAreInCollationOrder_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany);
        QTest::addRow("Swedish (å, ä, ö after z)") << QLocale(QLocale::Swedish, QLocale::Sweden);
        QTest::addRow("Russian") << QLocale(QLocale::Russian, QLocale::Russia);
        QTest::addRow("Chinese (pinyin: far from the folded letters)") << QLocale(QLocale::Chinese, QLocale::China);
    }
    void manyNamesAreInCollationOrder()
    {
        // The list is sorted by folded names first and put right by collation (sortPeople): the
        // result must be the collation's order, whichever path it took.
        QFETCH(QLocale, locale);
        const char *pieces[] = {"an", "Ber", "\u010cech", "\u00d8st", "\u00c5ke", "Zo\u00eb", "de la ", "van ", "O'", "\u00e4",
                                "\u674e", "\u738b", "\u5f20", "\u042e\u043b\u0438\u044f", "\u0418\u0432\u0430\u043d", "\u00df", "\u00e6", "-",
                                "1", "@", "z", "Z", "\u00e9", "e", "ll", "ch"};
        QRandomGenerator random(1234);
        QList<Session> sessions;
        for (int i = 0; i < 3000; ++i) {
            QString name;
            for (int piece = 0, count = 1 + random.bounded(4); piece < count; ++piece)
                name += QString::fromUtf8(pieces[random.bounded(int(std::size(pieces)))]);
            sessions.append(session(QString::number(i), {person(name, random.bounded(4) == 0 ? QString::number(i) : QString())}));
        }
        const QLocale before;
        QLocale::setDefault(locale);
        SpeakerListModel model;
        model.setSessions(QStringLiteral("many"), sessions);
        QLocale::setDefault(before);

        QCollator collator(locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto sectionBefore = [&collator](const QString &a, const QString &b) {
            if (a == b)
                return false;
            if (a == QLatin1String("#") || b == QLatin1String("#"))
                return a == QLatin1String("#");
            const int order = collator.compare(a, b);
            return order != 0 ? order < 0 : a < b;
        };
        QVERIFY(model.rowCount() > 1000);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QModelIndex previous = model.index(row - 1);
            const QModelIndex current = model.index(row);
            const QString a = previous.data(SpeakerListModel::InitialRole).toString();
            const QString b = current.data(SpeakerListModel::InitialRole).toString();
            QVERIFY2(!sectionBefore(b, a), qPrintable(QStringLiteral("section %1 after %2").arg(b, a)));
            if (a != b)
                continue;
            const QString nameA = previous.data(SpeakerListModel::NameRole).toString();
            const QString nameB = current.data(SpeakerListModel::NameRole).toString();
            const int order = collator.compare(nameA, nameB);
            QVERIFY2(order < 0 || (order == 0 && (nameA < nameB || (nameA == nameB && previous.data(SpeakerListModel::SpeakerIdRole).toString() < current.data(SpeakerListModel::SpeakerIdRole).toString()))),
                     qPrintable(QStringLiteral("row %1: %2 before %3").arg(row).arg(nameA, nameB)));
        }
    }

    void chaosCommunicationCongress_data()
    {
        QTest::addColumn<QString>("file");
        // The same 36C3 schedule as frab JSON and as frab XML: the same people either way.
        QTest::addRow("json") << QStringLiteral(ATTEND_TEST_DATA "/feeds/36c3-everything-voc-merged.frab.json");
        QTest::addRow("xml") << QStringLiteral(ATTEND_TEST_DATA "/feeds/36c3-everything-voc-merged.xml");
    }

    /*
     * The expected figures were computed apart from this code, by tests/auto/models/speakers36c3.py
     * (Python, json + unicodedata) over the raw JSON: every persons[] entry of every event in
     * days[].rooms[], its name (public_name, else name, whitespace collapsed) folded as
     * foldForSearch does (NFKD, combining marks dropped, casefold), its id (id, else guid, else
     * code). An id is trusted when all its entries fold to one name; entries with a trusted id
     * group by id, the others by folded name, joining the trusted id of that folded name when there
     * is exactly one; a group counts the distinct events it appears in. Result: 1507 entries, 437
     * ids of which 282 trusted and 155 reused for several names (id 0 by the wiki for 253 names;
     * the pretalx stages each number their people from 1, up to 215), 864 people. A separate check
     * over the XML gives the same 1507 (event guid, id, name) triples.
     */
    void chaosCommunicationCongress()
    {
        QFETCH(QString, file);
        ParseResult result = FeedReader::readFile(file);
        QVERIFY2(result.ok, qPrintable(result.error.message));
        QCOMPARE(result.conference.sessions.size(), 1351);

        SpeakerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        QCOMPARE(model.rowCount(), 864);

        // frab's record (id 9891) plus a pretalx stage's id 2, which names three people: one person.
        QCOMPARE(rowsNamed(model, QStringLiteral("bleeptrack")), QStringList{QStringLiteral("9891:3")});
        QCOMPARE(model.sessionKeysOf(model.rowOfName(QStringLiteral("bleeptrack"))),
                 (QStringList{QStringLiteral("g:6a32cb72-a69d-423c-91b5-60d88eb8e6c7"),   // Opening Ceremony, 27th
                              QStringLiteral("g:c6410063-47d5-592d-8474-ca86c5b22713"),   // Operation Mindfuck Vol. 3, 29th
                              QStringLiteral("g:1b9a0283-c1d3-4c62-8e64-258f25ff29d7")})); // Closing Ceremony, 30th
        QCOMPARE(rowsNamed(model, QStringLiteral("blinry")), QStringList{QStringLiteral("6697:3")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Katharin Tai")), QStringList{QStringLiteral("7638:2")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Hanno Böck")), QStringList{QStringLiteral("126:3")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Vik")), QStringList{QStringLiteral("53:3")});
        // Only reused ids (0, 67, 176 / 0, 5, 140): matched by name alone.
        QCOMPARE(rowsNamed(model, QStringLiteral("Julia")), QStringList{QStringLiteral(":6")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Stefan")), QStringList{QStringLiteral(":5")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Alibi")), QStringList{QStringLiteral(":25")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Kreatur")), QStringList{QStringLiteral(":25")});
        // Id 127 names both of them: neither gets it.
        QCOMPARE(rowsNamed(model, QStringLiteral("Régine Débatty")), QStringList{QStringLiteral(":1")});
        QCOMPARE(rowsNamed(model, QStringLiteral("Äpex")), QStringList{QStringLiteral(":1")});
        QCOMPARE(model.index(model.rowOfName(QStringLiteral("apex"))).data(SpeakerListModel::NameRole).toString(), QStringLiteral("Äpex"));
        // "Vavoida" (wiki, id 0) and "vavoida" (pretalx, reused id 26): one person.
        QCOMPARE(rowsNamed(model, QStringLiteral("VAVOIDA")), QStringList{QStringLiteral(":2")});

        // No folded name is on two rows unless the feed gives them two different trusted ids.
        // In 36C3 that happens three times (frab and a pretalx stage each have a "Maria", a
        // "Sven", a "xian" with an id of its own): the rule keeps homonyms apart.
        QHash<QString, QStringList> idsOfName;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            idsOfName[index.data(SpeakerListModel::SearchTextRole).toString()].append(index.data(SpeakerListModel::SpeakerIdRole).toString());
        }
        QStringList sharedNames;
        for (auto it = idsOfName.cbegin(); it != idsOfName.cend(); ++it) {
            if (it->size() < 2)
                continue;
            sharedNames.append(it.key());
            QVERIFY2(!it->contains(QString()), qPrintable(it.key()));
            QCOMPARE(QSet<QString>(it->cbegin(), it->cend()).size(), it->size());
        }
        sharedNames.sort();
        QCOMPARE(sharedNames, (QStringList{QStringLiteral("maria"), QStringLiteral("sven"), QStringLiteral("xian")}));
        QCOMPARE(rowsNamed(model, QStringLiteral("maria")), (QStringList{QStringLiteral("9118:1"), QStringLiteral("50:2")}));

        // Every mention is counted once: the session counts add up to the (person, event) pairs.
        int mentions = 0;
        for (const Session &session : std::as_const(result.conference.sessions)) {
            QSet<QString> seen;
            for (const Speaker &speaker : session.speakers)
                seen.insert(speaker.id + QLatin1Char('\n') + foldForSearch(speaker.name));
            mentions += int(seen.size());
        }
        int counted = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            counted += model.index(row).data(SpeakerListModel::SessionCountRole).toInt();
        QCOMPARE(mentions, 1507);
        QCOMPARE(counted, 1507);

        // Sorted: sections in one run each, "#" first, names in collation order within a section.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        QStringList sections;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const QString initial = index.data(SpeakerListModel::InitialRole).toString();
            if (sections.isEmpty() || sections.constLast() != initial) {
                QVERIFY2(!sections.contains(initial), qPrintable(initial));
                sections.append(initial);
            } else {
                const QString previous = model.index(row - 1).data(SpeakerListModel::NameRole).toString();
                QVERIFY2(collator.compare(previous, index.data(SpeakerListModel::NameRole).toString()) <= 0,
                         qPrintable(previous));
            }
        }
        QCOMPARE(sections.constFirst(), QStringLiteral("#"));
        QCOMPARE(sections.size(), 27); // "#" and A to Z: no accented letter opens a section of its own
    }

    // Built on a worker thread (as the app does a little after start-up), the list is the one
    // built in place; sessions that replace those under way win.
    void buildsInTheBackground()
    {
        ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/feeds/36c3-everything-voc-merged.xml"));
        QVERIFY2(result.ok, qPrintable(result.error.message));
        const auto everyRow = [](const SpeakerListModel &model) {
            QStringList rows;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row);
                rows.append(QStringList{index.data(SpeakerListModel::NameRole).toString(), index.data(SpeakerListModel::SpeakerIdRole).toString(),
                                        index.data(SpeakerListModel::InitialRole).toString(), index.data(SpeakerListModel::SessionKeysRole).toStringList().join(u',')}
                                .join(u'|'));
            }
            return rows;
        };
        SpeakerListModel inPlace;
        inPlace.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        SpeakerListModel inBackground;
        inBackground.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        inBackground.prepareInBackground();
        QVERIFY(inBackground.isBuildingInBackground());
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(everyRow(inBackground), everyRow(inPlace));
        QCOMPARE(inBackground.rowCount(), 864);

        SpeakerListModel replaced;
        replaced.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        replaced.prepareInBackground();
        replaced.setSessions(QStringLiteral("two"), {session(QStringLiteral("a"), {{QStringLiteral("1"), QStringLiteral("Ada")}}),
                                                     session(QStringLiteral("b"), {{QStringLiteral("2"), QStringLiteral("Grace")}})});
        QCOMPARE(replaced.rowCount(), 2);
        QCOMPARE(replaced.index(0).data(SpeakerListModel::NameRole).toString(), QStringLiteral("Ada"));

        // Not asked for: the model starts the worker itself once start-up has settled.
        SpeakerListModel unasked;
        unasked.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        QVERIFY(!unasked.isBuildingInBackground());
        QTRY_VERIFY_WITH_TIMEOUT(unasked.isBuildingInBackground(), SpeakerListModel::backgroundDelayMs * 3);
        QCOMPARE(unasked.rowCount(), 864);
        QVERIFY(!unasked.isBuildingInBackground());
    }

    void typingANameNarrowsTheList_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QString>("found");
        // Counts after each letter, computed by the same Python script (rows whose folded name
        // contains every typed word).
        QTest::addRow("bleeptrack") << QStringLiteral("bleeptrack") << QList<int>{178, 14, 5, 1, 1, 1, 1, 1, 1, 1} << QStringLiteral("bleeptrack");
        QTest::addRow("Hanno Böck") << QStringLiteral("Hanno Böck") << QList<int>{244, 55, 14, 6, 1, 1, 1, 1, 1, 1} << QStringLiteral("Hanno Böck");
        QTest::addRow("without the accent") << QStringLiteral("hanno bock") << QList<int>{244, 55, 14, 6, 1, 1, 1, 1, 1, 1} << QStringLiteral("Hanno Böck");
        QTest::addRow("words in any order") << QStringLiteral("bö han") << QList<int>{178, 20, 20, 7, 2, 1} << QStringLiteral("Hanno Böck");
    }

    void typingANameNarrowsTheList()
    {
        QFETCH(QString, typed);
        QFETCH(QList<int>, counts);
        QFETCH(QString, found);
        ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/feeds/36c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        SpeakerListModel model;
        model.setSessions(QStringLiteral("36c3"), result.conference.sessions);

        SpeakerFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.count(), 864);
        QSignalSpy countChanged(&filter, &SpeakerFilterModel::countChanged);
        QSignalSpy searchTextChanged(&filter, &SpeakerFilterModel::searchTextChanged);
        QList<int> seen;
        for (int length = 1; length <= typed.size(); ++length) {
            filter.setSearchText(typed.left(length));
            seen.append(filter.count());
        }
        QCOMPARE(seen, counts);
        QCOMPARE(searchTextChanged.count(), typed.size());
        QVERIFY(countChanged.count() > 0);
        QCOMPARE(filter.index(0, 0).data(SpeakerListModel::NameRole).toString(), found);
        QCOMPARE(filter.sessionKeysAt(0), model.sessionKeysOf(model.rowOfName(found)));
        QCOMPARE(filter.property("searchText").toString(), typed);

        // Backspace all the way: everyone again.
        for (int length = typed.size() - 1; length >= 0; --length)
            filter.setSearchText(typed.left(length));
        QCOMPARE(filter.count(), 864);
    }

    void groupingBenchmark()
    {
        ParseResult result = FeedReader::readFile(QStringLiteral(ATTEND_TEST_DATA "/feeds/36c3-everything-voc-merged.frab.json"));
        QVERIFY(result.ok);
        SpeakerListModel model;
        QBENCHMARK {
            model.setSessions(QStringLiteral("36c3"), result.conference.sessions);
        }
        QCOMPARE(model.rowCount(), 864);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerListModel)
#include "tst_speakerlistmodel.moc"
