pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// One session in a list (the agenda, My schedule's list, Now & Next, a speaker's sessions), in
// timeline style: the start time in a column on the left, beside a card with the title, then
// "09:30–09:50 · Room · Track · Speakers", a track stripe, badges ("On now", "Moved", "Ended"…)
// and the star. A day heading (or Now & Next's group heading) only where the day changes, a
// thin rule where the hour does, and the time only on the first session of a slot, so a small
// conference fits on one screen.
//
// The properties carry the model's role names: a list marks the ones its model has `required`
// (`required key`), a list of keys sets them itself.
//
// An Item with its height bound, not a Column: a Column knows its height only after it is
// polished, and a ListView that sees rows of height 0 creates every row of a 1,000-session
// agenda before the first frame. Few items per row for the same reason: the rare parts (the
// action button, badges, the stars' focus rings) are made only when a row has them.
//
// The grid shows it in a compact form: `compact: true`, a size given from outside, and
// `cardContent: CompactCardContent { session: … }` in place of the list card's lines and
// stars. A Control's contentItem is deferred, so the list card's content is then never made: a
// grid cell costs what it used to, and a list row not one object more.
Item {
    id: row

    property int index: -1
    property string key
    property string title
    /** "09:20–09:40 · Room · Track · Speakers" */
    property string detailLine
    /** "09:20", in the zone on screen (the time column). */
    property string startTime
    property string track
    property string dayHeading
    property bool bookmarked: false
    property bool maybe: false

    /** The grid's form: no time column, heading or rules; the card fills the size it is given. */
    property bool compact: false
    /** What the card shows inside its frame; the grid sets a CompactContent. */
    property alias cardContent: card.contentItem
    /** Said in the accessible name (and the grid's tooltip), not on the card: the grid's room and
        track, which its column and colour stripe already show. */
    property string hiddenDetail
    /** False: a search leaves this card out; it is dimmed, as a disabled control is, and says so. */
    property bool matchesSearch: true
    readonly property alias hovered: card.hovered
    /** The text of the accessible name, for a tooltip that tells what a compact card cannot show
        (a function: a list row does not need it worked out). */
    function fullText(): string {
        return card.Accessible.name
    }

    signal activated(string sessionKey)
    signal bookmarkToggled(string sessionKey)
    signal levelChosen(string sessionKey, bool maybe)

    // The view's sections ("2022-11-10 09:20") say where a slot, an hour and a day start; they
    // follow the filters and the zone switch.
    readonly property string sectionKey: ListView.section
    readonly property string previousSectionKey: ListView.previousSection
    readonly property bool startsSlot: sectionKey !== previousSectionKey
    readonly property bool startsDay: sectionKey.substring(0, 10) !== previousSectionKey.substring(0, 10)
    readonly property bool startsHour: sectionKey.substring(0, 13) !== previousSectionKey.substring(0, 13)

    /** A heading above this row (a day, "On now"); empty: none. */
    property string heading: startsDay ? dayHeading : ""
    /** The time column shows the start: only on the first session of a slot. */
    property bool showTime: startsSlot
    /** A thin rule above the row where a new hour starts (the day heading does it for a new day). */
    property bool showHourRule: startsHour && !startsDay

    /** Folded search words whose matches are shown in bold in the title and details. */
    property var highlightWords: []
    /** Ended: a muted card with an "Ended" badge; every text keeps 4.5:1 (no opacity). */
    property bool isPast: false
    /** Cancelled by the feed: muted as ended, the title struck through, a "Cancelled" badge. */
    property bool isCancelled: false
    /** Changed since it was bookmarked (time or room): a "Moved" badge; the note says how. */
    property bool isMoved: false
    /** Overlaps another bookmark: a "Clash" badge; the note says with what. */
    property bool isClash: false
    /** The start is the feed author's estimate: the time reads "about 10:40". */
    property bool estimated: false

    /** A line under the card's details: a clash, a change, "no longer in the agenda". */
    property string note
    property bool noteIsWarning: false
    /** Free time before this session, shown above it ("Free 10:20–10:40 (20 min)"). */
    property string gapText
    /** "On now · 12 min in" while the session runs, in the accent badge. */
    property string liveBadgeText
    /** One more neutral badge ("in 5 min" on Now & Next); none when empty. */
    property string infoBadgeText
    /** 0..1 of the running session gone by: a thin bar along the card's foot; 0: none. */
    property real progress: 0
    /** A button beside the star for one more action on this row ("Watch later", "Join"). */
    property string actionText
    property string actionAccessibleName: actionText
    signal actionTriggered(string sessionKey)

    readonly property int timeColumnWidth: 68
    // The heading's or gap's height: its laid-out line and its padding. Not its implicitHeight: an
    // eliding Text works its implicit size out only when it is first read, and emits the change
    // from inside that read, which QML takes for a binding loop (it was one on the rows whose
    // heading comes from the view's sections, set after the row is made). Not its height either:
    // that would loop through the elide.
    readonly property real aboveHeight: above.visible ? above.contentHeight + above.topPadding + above.bottomPadding : 0
    // Room for the hour rule, at the very top (above a gap line too).
    readonly property real ruleSpace: showHourRule ? Theme.spacing : 0
    readonly property bool muted: isPast || isCancelled

    // What the badges say, in the order they are read; each also goes into the accessible name.
    readonly property var badges: {
        const list = []
        if (row.liveBadgeText.length > 0)
            list.push({ text: row.liveBadgeText, kind: "now" })
        if (row.infoBadgeText.length > 0)
            list.push({ text: row.infoBadgeText, kind: "plain" })
        if (row.isCancelled)
            list.push({ text: qsTr("Cancelled"), kind: "plain" })
        else if (row.isMoved)
            list.push({ text: qsTr("Moved"), kind: "warning" })
        if (row.isClash)
            list.push({ text: qsTr("Clash"), kind: "warning" })
        if (row.isPast && !row.isCancelled)
            list.push({ text: qsTr("Ended"), kind: "plain" })
        return list
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    opacity: row.matchesSearch ? 1 : 0.4
    implicitWidth: card.x + card.implicitWidth + Theme.margin
    implicitHeight: card.y + card.implicitHeight + Theme.spacing / 2

    // The day heading, or the free time before this session: never both (a gap is within a day).
    Label {
        id: above
        x: Theme.margin
        y: row.ruleSpace
        width: row.width - 2 * Theme.margin
        visible: text.length > 0
        topPadding: row.heading.length > 0 ? Theme.spacing * 1.5 : 0
        bottomPadding: Theme.spacing / 2
        leftPadding: row.heading.length > 0 ? 0 : row.timeColumnWidth + Theme.spacing
        text: row.heading.length > 0 ? row.heading : row.gapText
        textFormat: Text.PlainText
        elide: Text.ElideRight
        font.bold: row.heading.length > 0
        font.italic: row.heading.length === 0
        font.pointSize: row.heading.length > 0 ? card.font.pointSize * Theme.headingScale : card.font.pointSize
        color: row.heading.length > 0 ? Theme.text : Theme.secondaryText
        Accessible.role: row.heading.length > 0 ? Accessible.Heading : Accessible.StaticText
        Accessible.name: text
    }

    Rectangle {
        id: hourRule
        x: Theme.margin
        y: row.ruleSpace / 2
        width: card.x + card.width - Theme.margin
        height: 1
        visible: row.showHourRule
        color: Theme.gridLine
    }

    Label {
        id: time
        x: Theme.margin
        y: card.y + card.topPadding
        width: row.timeColumnWidth
        visible: row.showTime
        text: !row.showTime ? "" : row.estimated ? qsTr("about") + "\n" + row.startTime : row.startTime
        textFormat: Text.PlainText
        font.weight: Font.DemiBold
        color: Theme.text
        lineHeight: 0.95
        // The card's accessible name says the time; this column is for the eye.
        Accessible.ignored: true
    }

    ItemDelegate {
        id: card

        x: row.compact ? 0 : Theme.margin + row.timeColumnWidth + Theme.spacing
        y: row.compact ? 0 : row.ruleSpace + row.aboveHeight
        // Capped, so the star stays beside the text on a wide window.
        width: row.compact ? row.width : Math.max(0, Math.min(row.width - x - Theme.margin, Theme.contentMaxWidth))
        height: row.compact ? row.height : implicitHeight
        topPadding: row.compact ? 4 : 6
        bottomPadding: row.compact ? 4 : 6
        leftPadding: row.compact ? Theme.trackStripeWidth + 6 : Theme.trackStripeWidth + Theme.spacing * 1.5
        rightPadding: row.compact ? 4 : Theme.spacing / 2
        highlighted: row.ListView.isCurrentItem

        Accessible.role: Accessible.ListItem
        Accessible.name: {
            let name = row.title
            for (const part of [row.detailLine, row.hiddenDetail]) {
                if (part.length > 0)
                    name += ", " + part
            }
            if (row.estimated)
                name += ", " + qsTr("time estimated")
            if (row.bookmarked)
                name += ", " + (row.maybe ? qsTr("bookmarked as maybe") : qsTr("bookmarked"))
            for (const badge of row.badges)
                name += ", " + badge.text
            if (row.note.length > 0)
                name += ", " + row.note
            if (!row.matchesSearch)
                name += ", " + qsTr("does not match the search")
            return name
        }
        Accessible.onPressAction: row.activated(row.key)

        readonly property color titleColor: card.highlighted ? Theme.selectionText : card.muted ? Theme.pastText : Theme.text
        readonly property color detailColor: card.highlighted ? Theme.selectionText : card.muted ? Theme.pastText : Theme.secondaryText
        readonly property bool muted: row.muted

        background: Rectangle {
            radius: row.compact ? Theme.radius - 2 : Theme.radius
            color: card.highlighted ? Theme.selectionBackground
                 : card.muted ? Theme.pastCardBackground
                 : row.bookmarked ? Theme.bookmarkedCardBackground
                 : Theme.cardBackground
            // Keyboard focus on the card itself (the grid's cards; a list has one focus for all).
            border.width: card.visualFocus ? 2 : 1
            border.color: card.visualFocus || (card.hovered && !card.highlighted) ? Theme.focusRing : Theme.cardBorder

            // The track's colour: the same track, the same colour, on every page.
            Rectangle {
                objectName: "trackStripe"
                x: row.compact ? 2 : 3
                y: row.compact ? 2 : 3
                width: Theme.trackStripeWidth
                height: parent.height - 2 * y
                radius: width / 2
                visible: row.track.length > 0
                color: Theme.trackColor(row.track)
            }
            // How far the running session has got.
            Rectangle {
                x: Theme.trackStripeWidth + 6
                y: parent.height - 4
                width: (parent.width - x - 6) * Math.max(0, Math.min(1, row.progress))
                height: 3
                radius: 1.5
                visible: row.progress > 0
                color: card.highlighted ? Theme.selectionText : Theme.focusRing
            }
        }

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
            spacing: Theme.spacing / 2
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    HighlightedLabel {
                        Layout.fillWidth: true
                        plainText: row.title
                        words: row.highlightWords
                        color: card.titleColor
                        font.weight: Font.DemiBold
                        font.strikeout: row.isCancelled
                        elide: Text.ElideRight
                    }
                    Repeater {
                        model: row.badges
                        // A badge has its own background, so it reads on a selected row too.
                        delegate: SessionBadge {
                            required property var modelData
                            kind: modelData.kind
                            objectName: kind === "now" ? "liveBadge" : "badge"
                            text: modelData.text
                            font.pointSize: Math.max(1, card.font.pointSize * 0.85)
                            selected: card.highlighted
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
                    Layout.fillWidth: true
                    visible: row.note.length > 0
                    text: row.note
                    textFormat: Text.PlainText
                    color: card.highlighted ? Theme.selectionText : row.noteIsWarning ? Theme.warningText : card.titleColor
                    font.italic: true
                    wrapMode: Text.WordWrap
                }
            }
            // Made only on the rows that have an action, from a file of its own: Qt 6.4 refuses to
            // make a bound inline component from a Loader in a reused delegate ("outside its
            // creation context"), and the button would silently be missing.
            Loader {
                active: row.actionText.length > 0
                visible: active
                source: "CardActionButton.qml"
                onLoaded: (item as CardActionButton).card = row
            }
            BookmarkButton {
                // One Tab stop for the whole list, not one per row: Space bookmarks the selected row.
                // 36 px square: a target to hit, without making the card taller than its two lines.
                Layout.preferredWidth: 36
                Layout.preferredHeight: 36
                padding: 0
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: row.bookmarked
                maybe: row.maybe
                glyphColor: card.titleColor // on a selected row too
                onToggleRequested: row.bookmarkToggled(row.key)
            }
            BookmarkLevelButton {
                // Shift+Space on the selected row does the same from the keyboard.
                Layout.preferredHeight: 36
                padding: 0
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: row.bookmarked
                maybe: row.maybe
                glyphColor: card.titleColor
                onLevelChosen: maybe => row.levelChosen(row.key, maybe)
            }
        }
    }
}
