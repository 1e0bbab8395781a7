pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A session in the agenda: a time-slot heading when a new slot starts, then a calm two-line card:
// the title, then "09:30–09:50 · Room · Track · Speakers".
// An Item with its height bound, not a Column: a Column knows its height only after it is
// polished, and a ListView that sees rows of height 0 creates every row of a 1,000-session
// agenda before the first frame.
Item {
    id: row

    required property int index
    required property string key
    required property string title
    required property string detailLine
    required property string timeSlot
    required property string dayHeading
    required property string slotLabel
    required property bool bookmarked
    required property bool maybe

    signal activated(string sessionKey)
    signal bookmarkToggled(string sessionKey)
    signal levelChosen(string sessionKey, bool maybe)

    // The view's sections ("2022-11-10 09:20") drive the headings, so they follow the filters and
    // the zone switch: a time heading where the slot changes, a day heading where the date does.
    readonly property bool startsSlot: ListView.section !== ListView.previousSection
    readonly property bool startsDay: ListView.section.substring(0, 10) !== ListView.previousSection.substring(0, 10)

    /** Folded search words whose matches are shown in bold in the title and details. */
    property var highlightWords: []
    /** Ended: a muted card with an "Ended" badge; every text keeps 4.5:1 (no opacity). */
    property bool isPast: false
    /** Cancelled by the feed: muted as ended, the title struck through. */
    property bool isCancelled: false

    /** A line under the card's details: a clash, "no longer in the agenda". */
    property string note
    property bool noteIsWarning: false
    /** Free time before this session, shown above it ("Free 10:20–10:40 (20 min)"). */
    property string gapText
    /** "On now · 12 min in" while the session runs (the agenda's model says; others leave it empty). */
    property string liveBadgeText
    /** The start is the feed author's estimate: the time reads "about 10:40". */
    property bool estimated: false
    /** A button beside the star for one more action on this row ("Watch later"); none when empty. */
    property string actionText
    property string actionAccessibleName: actionText
    signal actionTriggered(string sessionKey)

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitWidth: card.implicitWidth
    implicitHeight: gapHeight + headerHeight + card.implicitHeight
    readonly property real gapHeight: gapLabel.visible ? gapLabel.implicitHeight : 0
    readonly property real headerHeight: slotHeader.visible ? slotHeader.implicitHeight : 0

    Label {
        id: gapLabel
        width: row.width
        visible: row.gapText.length > 0
        leftPadding: Theme.margin
        topPadding: Theme.spacing
        text: row.gapText
        textFormat: Text.PlainText
        opacity: Theme.secondaryOpacity
        font.italic: true
    }

    TimeSlotHeader {
        id: slotHeader
        y: row.gapHeight
        width: row.width
        visible: row.startsSlot
        showDay: row.startsDay
        day: row.dayHeading
        time: row.slotLabel
    }

    ItemDelegate {
        id: card

        y: row.gapHeight + row.headerHeight
        width: row.width
        padding: Theme.cardPadding
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        highlighted: row.ListView.isCurrentItem

        Accessible.role: Accessible.ListItem
        Accessible.name: row.title + ", " + row.detailLine + (row.estimated ? ", " + qsTr("time estimated") : "")
                         + (row.liveBadgeText.length > 0 ? ", " + row.liveBadgeText : "")
                         + (!row.bookmarked ? "" : row.maybe ? ", " + qsTr("bookmarked as maybe") : ", " + qsTr("bookmarked"))
                         + (row.isPast ? ", " + qsTr("ended") : "")
                         + (row.note.length > 0 ? ", " + row.note : "")

        readonly property bool muted: row.isPast || row.isCancelled
        readonly property color titleColor: card.highlighted ? Theme.selectionText : card.muted ? Theme.pastText : Theme.text
        readonly property color detailColor: card.highlighted ? Theme.selectionText : card.muted ? Theme.pastText : Theme.secondaryText

        background: Rectangle {
            color: card.highlighted ? Theme.selectionBackground : card.muted ? Theme.pastCardBackground : "transparent"
        }
        Accessible.onPressAction: row.activated(row.key)

        onClicked: {
            // Keep keyboard focus on the list, so arrows and Enter go on working after a click.
            const view = row.ListView.view
            if (view) {
                view.currentIndex = row.index
                view.forceActiveFocus()
            }
            row.activated(row.key)
        }

        contentItem: RowLayout {
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    HighlightedLabel {
                        Layout.fillWidth: true
                        plainText: row.title
                        words: row.highlightWords
                        color: card.titleColor
                        font.weight: Font.DemiBold
                        font.strikeout: row.isCancelled
                        elide: Text.ElideRight
                    }
                    Label {
                        // A badge, not dimming: the words say it, for eyes and screen readers alike.
                        visible: row.isPast && !row.isCancelled
                        text: qsTr("Ended")
                        textFormat: Text.PlainText
                        color: Theme.badgeText
                        font.pointSize: Math.max(1, card.font.pointSize * 0.85)
                        leftPadding: 6
                        rightPadding: 6
                        topPadding: 1
                        bottomPadding: 1
                        background: Rectangle {
                            radius: height / 2
                            color: Theme.badgeBackground
                        }
                    }
                }
                HighlightedLabel {
                    Layout.fillWidth: true
                    plainText: row.detailLine
                    words: row.highlightWords
                    color: card.detailColor
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "liveBadge"
                    visible: row.liveBadgeText.length > 0
                    text: row.liveBadgeText
                    textFormat: Text.PlainText
                    color: Theme.nowBadgeText
                    font.bold: true
                    leftPadding: Theme.spacing / 2
                    rightPadding: Theme.spacing / 2
                    topPadding: 1
                    bottomPadding: 1
                    background: Rectangle {
                        color: Theme.nowBadgeBackground
                        radius: Theme.badgeRadius
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: row.note.length > 0
                    text: row.note
                    textFormat: Text.PlainText
                    color: card.highlighted ? Theme.selectionText : row.noteIsWarning ? Theme.warningText : card.titleColor
                    font.italic: true
                    wrapMode: Text.WordWrap
                }
            }
            PlainButton {
                visible: row.actionText.length > 0
                text: row.actionText
                activeFocusOnTab: false
                Accessible.name: row.actionAccessibleName
                Accessible.onPressAction: row.actionTriggered(row.key)
                onClicked: row.actionTriggered(row.key)
            }
            BookmarkButton {
                // One Tab stop for the whole list, not one per row: Space bookmarks the selected row.
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: row.bookmarked
                maybe: row.maybe
                onToggleRequested: row.bookmarkToggled(row.key)
            }
            BookmarkLevelButton {
                // Shift+Space on the selected row does the same from the keyboard.
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: row.bookmarked
                maybe: row.maybe
                onLevelChosen: maybe => row.levelChosen(row.key, maybe)
            }
        }
    }
}
