#include "speakerlistmodel.h"

#include "domain/searchtext.h"

#include <QCollator>
#include <QHash>
#include <QPromise>
#include <QThreadPool>
#include <algorithm>

namespace Attend {

namespace {
// The section a name files under: its first letter without accents ("Émile" -> "E", as the
// collation files it), or "#" for names that begin with a digit or a sign ("0x4c.de", "@penel_pe").
QString initialOf(const QString &folded)
{
    if (folded.isEmpty())
        return QStringLiteral("#");
    char32_t first = folded.at(0).unicode();
    if (folded.at(0).isHighSurrogate() && folded.size() > 1 && folded.at(1).isLowSurrogate())
        first = QChar::surrogateToUcs4(folded.at(0), folded.at(1));
    if (!QChar::isLetter(first))
        return QStringLiteral("#");
    return QString::fromUcs4(&first, 1).toUpper();
}
} // namespace

SpeakerListModel::SpeakerListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_backgroundStart.setSingleShot(true);
    m_backgroundStart.setInterval(backgroundDelayMs);
    connect(&m_backgroundStart, &QTimer::timeout, this, &SpeakerListModel::prepareInBackground);
}

void SpeakerListModel::setSessions(const QString &conferenceId, const QList<Session> &sessions)
{
    // Only kept here: the list is built when first asked for (the Speakers page, a search), not on
    // every start, where it cost FOSDEM's first frame a sort of 1,000 names by collation.
    beginResetModel();
    m_conferenceId = conferenceId;
    m_pending = sessions; // shared with the agenda's copy, not copied
    m_pendingLocale = QLocale();
    m_built = false;
    m_background = {}; // a worker still building the sessions before: its list is not these
    m_people.clear();
    endResetModel();
    Q_EMIT countChanged();
    m_backgroundStart.start();
}

void SpeakerListModel::prepareInBackground()
{
    m_backgroundStart.stop();
    if (m_built || m_background.isValid())
        return;
    // The worker has its own copies (implicitly shared, read-only on both threads) and nothing of
    // this model: it may outlive it, and a list built for sessions since replaced is dropped.
    auto promise = std::make_shared<QPromise<QList<Person>>>();
    promise->start(); // here, not on the worker: the future is valid (see people()) from now on
    m_background = promise->future();
    QThreadPool::globalInstance()->start([promise, sessions = m_pending, locale = m_pendingLocale] {
        promise->addResult(build(sessions, locale));
        promise->finish();
    });
}

const QList<SpeakerListModel::Person> &SpeakerListModel::people() const
{
    if (!m_built) {
        m_people = m_background.isValid() ? m_background.result() : build(m_pending, m_pendingLocale);
        m_background = {};
        m_pending = QList<Session>();
        m_built = true; // the timer, if still to come, finds nothing to do
    }
    return m_people;
}

namespace {
/** Gives each distinct string a number, in the order first seen. */
class Numbering
{
public:
    explicit Numbering(qsizetype expected) { m_numbers.reserve(expected); }

    int numberOf(const QString &text)
    {
        int &slot = m_numbers[text]; // the number plus one; 0 when new
        if (slot == 0) {
            m_texts.append(text);
            slot = int(m_texts.size());
        }
        return slot - 1;
    }
    const QString &textOf(int number) const { return m_texts.at(number); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, int> m_numbers;
    QStringList m_texts;
};
} // namespace

QList<SpeakerListModel::Person> SpeakerListModel::build(const QList<Session> &sessions, const QLocale &locale)
{
    // Every name and id is hashed once, to a number; the passes below compare and index numbers.
    // Hashing each mention's strings into five tables was two thirds of the build on 27,810 people.
    struct Mention {
        int session;
        int name;   // in names
        int folded; // in foldedNames
        int id;     // in ids; -1 when the feed gives none
    };
    qsizetype mentionCount = 0;
    for (const Session &session : sessions)
        mentionCount += session.speakers.size();
    QList<Mention> mentions;
    mentions.reserve(mentionCount);
    Numbering names(mentionCount);
    Numbering foldedNames(mentionCount);
    Numbering ids(mentionCount);
    QList<int> foldedOfName; // by name: its folded name, folded once however often the name recurs
    for (int i = 0; i < sessions.size(); ++i) {
        for (const Speaker &speaker : sessions.at(i).speakers) {
            if (speaker.name.isEmpty())
                continue;
            const int name = names.numberOf(speaker.name);
            if (name == foldedOfName.size())
                foldedOfName.append(foldedNames.numberOf(foldForSearch(speaker.name)));
            mentions.append({i, name, foldedOfName.at(name), speaker.id.isEmpty() ? -1 : ids.numberOf(speaker.id)});
        }
    }

    // Pass 1: which ids name one person. An id seen with two different (folded) names is a merged
    // feed's reused number or the wiki's 0, and says nothing about who someone is.
    constexpr int none = -1;
    QList<int> foldedOfId(ids.size(), none);
    QList<bool> reusedId(ids.size(), false);
    for (const Mention &mention : std::as_const(mentions)) {
        if (mention.id == none)
            continue;
        int &folded = foldedOfId[mention.id];
        if (folded == none)
            folded = mention.folded;
        else if (folded != mention.folded)
            reusedId[mention.id] = true;
    }
    // The trusted id of each folded name, or `ambiguous` when two trusted ids share the name (two
    // people with one name): a mention without an id cannot tell which of them it is.
    constexpr int ambiguous = -2;
    QList<int> idOfFolded(foldedNames.size(), none);
    for (int id = 0; id < ids.size(); ++id) {
        if (reusedId.at(id))
            continue;
        int &known = idOfFolded[foldedOfId.at(id)];
        known = known == none || known == id ? id : ambiguous;
    }

    // Pass 2: one person per trusted id, and one per folded name for everyone else.
    QList<Person> people;
    people.reserve(names.size()); // at most one person a name
    QList<int> lastSession; // parallel to people: a person named twice on one session counts once
    QList<bool> namedById;  // parallel to people: the shown name came from a mention with the trusted id
    QList<int> personOfId(ids.size(), none);
    QList<int> personOfFolded(foldedNames.size(), none);
    QHash<char16_t, QString> initials; // one string per section letter, shared by its people
    for (const Mention &mention : std::as_const(mentions)) {
        const bool ownTrustedId = mention.id != none && !reusedId.at(mention.id);
        const int id = ownTrustedId ? mention.id : std::max(idOfFolded.at(mention.folded), none);
        int &person = id == none ? personOfFolded[mention.folded] : personOfId[id];
        if (person == none) {
            person = int(people.size());
            const QString &folded = foldedNames.textOf(mention.folded);
            QString initial = initialOf(folded);
            if (initial.size() == 1) {
                QString &shared = initials[initial.front().unicode()];
                if (shared.isNull())
                    shared = initial;
                initial = shared;
            }
            people.append({names.textOf(mention.name), folded, initial, id == none ? QString() : ids.textOf(id), {}});
            lastSession.append(none);
            namedById.append(ownTrustedId);
        } else if (ownTrustedId && !namedById.at(person)) {
            people[person].name = names.textOf(mention.name); // "Vavoida" as the person's own record writes it
            namedById[person] = true;
        }
        if (lastSession.at(person) != mention.session) {
            lastSession[person] = mention.session;
            people[person].sessionKeys.append(sessions.at(mention.session).key);
        }
    }

    sortPeople(people, locale);
    return people;
}

/**
 * By section first, so that every section is one run of rows even where the collation files a
 * letter among others ("Ø" among the "O"s); then by name, in the person's own locale.
 *
 * Comparing by collation is what costs (27,810 people: 400,000 comparisons, 100 ms), so the list
 * is first sorted by what is cheap to compare: the sections' ranks and a key that orders names
 * almost as the collation does. One insertion pass by the collation then puts right what little
 * is out of place. Where a locale orders names far from both keys (pinyin, say), each pass gives
 * up after a couple of comparisons a person and the list is sorted by collation alone, as before.
 */
void SpeakerListModel::sortPeople(QList<Person> &people, const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);

    // The sections, ranked once: "#" first, then as the collation orders their letters.
    QStringList initials;
    QHash<QString, int> rankOfInitial;
    for (const Person &person : std::as_const(people)) {
        if (!rankOfInitial.contains(person.initial)) {
            rankOfInitial.insert(person.initial, 0);
            initials.append(person.initial);
        }
    }
    const QString other = QStringLiteral("#");
    std::sort(initials.begin(), initials.end(), [&](const QString &a, const QString &b) {
        if (a == other || b == other)
            return a == other && b != other;
        if (const int order = collator.compare(a, b); order != 0)
            return order < 0;
        return a < b;
    });
    for (int rank = 0; rank < initials.size(); ++rank)
        rankOfInitial[initials.at(rank)] = rank;
    // Sorted as indices into people, each with its section's rank and the attempt's cheap key: the
    // people themselves (five strings each) are moved once, at the end. The key's first four
    // characters, packed into a number, decide most comparisons without reading the names.
    struct Ranked {
        int section;
        int person;
        quint64 keyStart;
        QStringView key;
    };
    QList<Ranked> ranked;
    ranked.reserve(people.size());
    for (int i = 0; i < people.size(); ++i)
        ranked.append({rankOfInitial.value(people.at(i).initial), i, 0, {}});

    const auto byNameThenId = [&people](const Ranked &a, const Ranked &b) {
        const Person &first = people.at(a.person);
        const Person &second = people.at(b.person);
        if (first.name != second.name)
            return first.name < second.name;
        return first.id < second.id;
    };
    const auto byCollation = [&](const Ranked &a, const Ranked &b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (const int order = collator.compare(people.at(a.person).name, people.at(b.person).name); order != 0)
            return order < 0;
        return byNameThenId(a, b);
    };
    // Sorted by a cheap key, then put right by one insertion pass by collation: true when that
    // pass needed no more than a couple of comparisons a person.
    const auto sortedByKeyThenCollation = [&](const QStringList &keys) {
        for (Ranked &entry : ranked) {
            entry.key = keys.at(entry.person);
            entry.keyStart = 0;
            for (qsizetype i = 0; i < 4; ++i) // "ab" packs below "abc": a missing character is 0
                entry.keyStart = entry.keyStart << 16 | (i < entry.key.size() ? entry.key.at(i).unicode() : 0);
        }
        std::sort(ranked.begin(), ranked.end(), [&](const Ranked &a, const Ranked &b) {
            if (a.section != b.section)
                return a.section < b.section;
            if (a.keyStart != b.keyStart)
                return a.keyStart < b.keyStart;
            if (const int order = a.key.compare(b.key); order != 0)
                return order < 0;
            return byNameThenId(a, b);
        });
        qsizetype comparisonsLeft = 2 * ranked.size() + 64;
        for (qsizetype i = 1; i < ranked.size(); ++i) {
            for (qsizetype j = i; j > 0; --j) {
                if (--comparisonsLeft < 0)
                    return false;
                if (!byCollation(ranked.at(j), ranked.at(j - 1)))
                    break;
                std::swap(ranked[j], ranked[j - 1]);
            }
        }
        return true;
    };
    // Two keys, as collations go: without accents or case (ICU's locales: "Émile" among the
    // "E"s), and case folded only (the C locale's code point order: "André" after "Andrea").
    // The one the locale most likely wants goes first.
    QStringList folded;
    QStringList caseFolded;
    folded.reserve(people.size());
    caseFolded.reserve(people.size());
    for (const Person &person : std::as_const(people)) {
        folded.append(person.folded);
        // A name in ASCII folds to its lower case both ways: the folded name, already made.
        caseFolded.append(isPlainAscii(person.name) ? person.folded : person.name.toCaseFolded());
    }
    const bool codePointOrder = locale.language() == QLocale::C;
    const bool sorted = codePointOrder ? sortedByKeyThenCollation(caseFolded) || sortedByKeyThenCollation(folded)
                                       : sortedByKeyThenCollation(folded) || sortedByKeyThenCollation(caseFolded);
    if (!sorted)
        std::sort(ranked.begin(), ranked.end(), byCollation);

    QList<Person> inOrder;
    inOrder.reserve(people.size());
    for (const Ranked &entry : std::as_const(ranked))
        inOrder.append(std::move(people[entry.person]));
    people = std::move(inOrder);
}

int SpeakerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(people().size());
}

QVariant SpeakerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = people().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return person.name;
    case SessionCountRole:
        return int(person.sessionKeys.size());
    case SessionKeysRole:
        return person.sessionKeys;
    case SearchTextRole:
        return person.folded;
    case InitialRole:
        return person.initial;
    case SpeakerIdRole:
        return person.id;
    }
    return {};
}

QHash<int, QByteArray> SpeakerListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {SessionCountRole, "sessionCount"},
        {SessionKeysRole, "sessionKeys"},
        {SearchTextRole, "searchText"},
        {InitialRole, "initial"},
        {SpeakerIdRole, "speakerId"},
    };
}

QStringList SpeakerListModel::sessionKeysOf(int row) const
{
    const QList<Person> &all = people();
    return row >= 0 && row < all.size() ? all.at(row).sessionKeys : QStringList();
}

int SpeakerListModel::rowOfName(const QString &name) const
{
    const QString folded = foldForSearch(name.simplified());
    if (folded.isEmpty())
        return -1;
    const QList<Person> &all = people();
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row).folded == folded)
            return row;
    }
    return -1;
}

} // namespace Attend
