#pragma once

#include <QString>
#include <QUrl>

namespace Attend {

/*
 * A conference's identity is the id its feed claims (conferenceIdFor: the same for every copy and
 * update, so bookmarks survive them and a remove and re-add) together with the address it was
 * added from. Two addresses may claim the same id; the person then decides whether the new one is
 * the same conference (it takes over the address) or another one, filed apart under an id no feed
 * can claim.
 */

/**
 * The id a conference claiming `claimedId` is filed under when the person adds it separately from
 * `url`: the claimed id, '~', and a short hash of the address. conferenceIdFor() only ever makes
 * letters, digits and '-', so no feed can claim an id filed apart.
 */
QString separateConferenceId(const QString &claimedId, const QUrl &url);

/** Whether a conference filed under `filedId`, followed from `url`, may read a feed claiming `claimedId`. */
bool isFiledAs(const QString &filedId, const QString &claimedId, const QUrl &url);

/** The address `--feed URL|FILE` names: a URL, or a file path made absolute (relative ones too). */
QUrl feedUrlFromArgument(const QString &urlOrPath);

/** Why a followed address's new copy is refused: "the feed now claims to be another conference (…)". */
QString claimsAnotherConferenceText(const QString &claimedTitle);

} // namespace Attend
