#include "speakerlistmodel.h"

#include "domain/searchtext.h"

#include <QCollator>
#include <QHash>
#include <QSet>
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
    m_people.clear();
    endResetModel();
    Q_EMIT countChanged();
}

const QList<SpeakerListModel::Person> &SpeakerListModel::people() const
{
    if (!m_built) {
        m_people = build(m_pending, m_pendingLocale);
        m_pending = QList<Session>();
        m_built = true;
    }
    return m_people;
}

QList<SpeakerListModel::Person> SpeakerListModel::build(const QList<Session> &sessions, const QLocale &locale)
{
    struct Mention {
        int session;
        const Speaker *speaker;
        QString folded;
    };
    // Sized once: growing these tables as they fill was a fifth of the build on 27,810 people.
    qsizetype mentionCount = 0;
    for (const Session &session : sessions)
        mentionCount += session.speakers.size();
    QList<Mention> mentions;
    mentions.reserve(mentionCount);
    // Pass 1: which ids name one person. An id seen with two different (folded) names is a merged
    // feed's reused number or the wiki's 0, and says nothing about who someone is.
    QHash<QString, QString> foldedOfId;
    foldedOfId.reserve(mentionCount);
    QSet<QString> reusedIds;
    for (int i = 0; i < sessions.size(); ++i) {
        for (const Speaker &speaker : sessions.at(i).speakers) {
            if (speaker.name.isEmpty())
                continue;
            Mention mention{i, &speaker, foldForSearch(speaker.name)};
            if (!speaker.id.isEmpty()) {
                const auto known = foldedOfId.constFind(speaker.id);
                if (known == foldedOfId.cend())
                    foldedOfId.insert(speaker.id, mention.folded);
                else if (*known != mention.folded)
                    reusedIds.insert(speaker.id);
            }
            mentions.append(std::move(mention));
        }
    }
    // The trusted id of each folded name, or an empty string when two trusted ids share the name
    // (two people with one name): a mention without an id cannot tell which of them it is.
    QHash<QString, QString> idOfFolded;
    idOfFolded.reserve(foldedOfId.size());
    for (auto it = foldedOfId.cbegin(); it != foldedOfId.cend(); ++it) {
        if (reusedIds.contains(it.key()))
            continue;
        const auto known = idOfFolded.find(it.value());
        if (known == idOfFolded.end())
            idOfFolded.insert(it.value(), it.key());
        else if (*known != it.key())
            known->clear();
    }

    // Pass 2: one person per trusted id, and one per folded name for everyone else.
    QList<Person> people;
    QList<int> lastSession; // parallel to people: a person named twice on one session counts once
    QList<bool> namedById;  // parallel to people: the shown name came from a mention with the trusted id
    QHash<QString, int> personOfId;
    QHash<QString, int> personOfName;
    personOfId.reserve(idOfFolded.size());
    personOfName.reserve(mentions.size());
    for (const Mention &mention : std::as_const(mentions)) {
        const Speaker &speaker = *mention.speaker;
        const bool ownTrustedId = !speaker.id.isEmpty() && !reusedIds.contains(speaker.id);
        QString id = ownTrustedId ? speaker.id : idOfFolded.value(mention.folded);
        QHash<QString, int> &index = id.isEmpty() ? personOfName : personOfId;
        const QString &indexKey = id.isEmpty() ? mention.folded : id;
        auto found = index.constFind(indexKey);
        int person;
        if (found == index.cend()) {
            person = int(people.size());
            index.insert(indexKey, person);
            people.append({speaker.name, mention.folded, initialOf(mention.folded), id, {}});
            lastSession.append(-1);
            namedById.append(ownTrustedId);
        } else {
            person = *found;
            if (ownTrustedId && !namedById.at(person)) {
                people[person].name = speaker.name; // "Vavoida" as the person's own record writes it
                namedById[person] = true;
            }
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
    struct Ranked {
        int section;
        QString key; // the cheap key of the attempt under way
        Person person;
    };
    QList<Ranked> ranked;
    ranked.reserve(people.size());
    for (Person &person : people)
        ranked.append({rankOfInitial.value(person.initial), QString(), std::move(person)});

    const auto byCollation = [&collator](const Ranked &a, const Ranked &b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (const int order = collator.compare(a.person.name, b.person.name); order != 0)
            return order < 0;
        if (a.person.name != b.person.name)
            return a.person.name < b.person.name;
        return a.person.id < b.person.id;
    };
    // Sorted by a cheap key, then put right by one insertion pass by collation: true when that
    // pass needed no more than a couple of comparisons a person.
    const auto sortedByKeyThenCollation = [&](const auto &keyOf) {
        for (Ranked &entry : ranked)
            entry.key = keyOf(entry.person);
        std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
            if (a.section != b.section)
                return a.section < b.section;
            if (a.key != b.key)
                return a.key < b.key;
            if (a.person.name != b.person.name)
                return a.person.name < b.person.name;
            return a.person.id < b.person.id;
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
    const auto folded = [](const Person &person) { return person.folded; };
    const auto caseFolded = [](const Person &person) { return person.name.toCaseFolded(); };
    const bool codePointOrder = locale.language() == QLocale::C;
    const bool sorted = codePointOrder ? sortedByKeyThenCollation(caseFolded) || sortedByKeyThenCollation(folded)
                                       : sortedByKeyThenCollation(folded) || sortedByKeyThenCollation(caseFolded);
    if (!sorted)
        std::sort(ranked.begin(), ranked.end(), byCollation);

    for (qsizetype i = 0; i < ranked.size(); ++i)
        people[i] = std::move(ranked[i].person);
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
