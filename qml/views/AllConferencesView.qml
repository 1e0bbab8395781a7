pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// All my conferences: the upcoming bookmarks of every followed conference together, grouped by
// conference, in your time; bookmarks of a conference no longer followed stay listed with
// "Add back" (from the feed address kept with them) and "Forget".
ListView {
    id: list
    objectName: "allConferencesList"

    signal sessionActivated(string conferenceId, string sessionKey)

    clip: true
    model: Agenda.allSchedule
    currentIndex: -1
    keyNavigationEnabled: true
    activeFocusOnTab: true
    highlightMoveDuration: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("All my conferences")

    // The conference headings come from the rows (as the agenda's time headings do): a row that
    // starts a conference shows its title, and for one no longer followed "Add back" and "Forget".
    section.property: "conferenceId"
    section.criteria: ViewSection.FullString

    delegate: Item {
        id: entry
        required property int index
        required property string conferenceId
        required property string key
        required property string title
        required property var start
        required property var end
        required property string detailLine
        required property bool maybe
        required property bool followed
        required property string clashText

        readonly property bool startsConference: ListView.section !== ListView.previousSection
        readonly property var info: startsConference ? Agenda.bookmarkedConference(conferenceId) : ({})
        width: ListView.view ? ListView.view.width : implicitWidth
        implicitHeight: (heading.visible ? heading.implicitHeight : 0) + row.implicitHeight

        Pane {
            id: heading
            visible: entry.startsConference
            width: entry.width
            padding: Theme.spacing
            leftPadding: Theme.margin
            contentItem: RowLayout {
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    // Only the first row of a conference reads its info (the others have none).
                    text: !entry.startsConference ? "" : entry.followed ? entry.info.title : qsTr("%1 — no longer followed").arg(entry.info.title)
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                PlainButton {
                    visible: !entry.followed && (entry.info.feedAddress || "").length > 0
                    text: qsTr("Add back")
                    Accessible.name: qsTr("Add back %1").arg(entry.info.title)
                    Accessible.onPressAction: AddConference.addBack(entry.info.feedAddress)
                    onClicked: AddConference.addBack(entry.info.feedAddress)
                }
                PlainButton {
                    visible: !entry.followed
                    text: qsTr("Forget")
                    Accessible.name: qsTr("Forget the bookmarks of %1").arg(entry.info.title)
                    Accessible.onPressAction: Agenda.forgetConference(entry.conferenceId)
                    onClicked: Agenda.forgetConference(entry.conferenceId)
                }
            }
        }

    ItemDelegate {
        id: row
        y: heading.visible ? heading.implicitHeight : 0
        readonly property int index: entry.index
        readonly property string conferenceId: entry.conferenceId
        readonly property string key: entry.key
        readonly property string title: entry.title
        readonly property var start: entry.start
        readonly property string detailLine: entry.detailLine
        readonly property bool maybe: entry.maybe
        readonly property bool followed: entry.followed
        readonly property string clashText: entry.clashText
        width: entry.width
        highlighted: entry.ListView.isCurrentItem

        leftPadding: Theme.margin
        rightPadding: Theme.margin
        readonly property string whenText: Agenda.formatter.day(start) + ", " + detailLine
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + whenText + ", " + (maybe ? qsTr("bookmarked as maybe") : qsTr("bookmarked"))
                         + (clashText.length > 0 ? ", " + clashText : "")
        Accessible.onPressAction: list.sessionActivated(conferenceId, key)
        onClicked: {
            list.currentIndex = index
            list.forceActiveFocus()
            if (followed)
                list.sessionActivated(conferenceId, key)
        }
        contentItem: RowLayout {
            spacing: Theme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: (row.maybe ? qsTr("Maybe") + " · " : "") + row.title
                    textFormat: Text.PlainText
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: row.whenText
                    textFormat: Text.PlainText
                    opacity: Theme.secondaryOpacity
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.clashText
                    textFormat: Text.PlainText
                    color: Theme.warningColor
                    font.italic: true
                    elide: Text.ElideRight
                }
            }
            BookmarkButton {
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: true
                maybe: row.maybe
                onToggleRequested: Agenda.removeBookmarkOf(row.conferenceId, row.key)
            }
            BookmarkLevelButton {
                activeFocusOnTab: false
                sessionTitle: row.title
                bookmarked: true
                maybe: row.maybe
                onLevelChosen: maybe => Agenda.setMaybeOf(row.conferenceId, row.key, maybe)
            }
        }
    }

    }
    Keys.onReturnPressed: {
        const row = Agenda.allSchedule.rowAt(currentIndex)
        openSession(row.conferenceId ?? "", row.key ?? "")
    }
    Keys.onEnterPressed: {
        const row = Agenda.allSchedule.rowAt(currentIndex)
        openSession(row.conferenceId ?? "", row.key ?? "")
    }
    Keys.onSpacePressed: event => {
        const row = Agenda.allSchedule.rowAt(currentIndex)
        if (!row.key)
            return
        if (event.modifiers & Qt.ShiftModifier)
            Agenda.setMaybeOf(row.conferenceId, row.key, !row.maybe)
        else
            Agenda.removeBookmarkOf(row.conferenceId, row.key)
    }
    onActiveFocusChanged: {
        if (activeFocus && currentIndex < 0 && count > 0)
            currentIndex = 0
    }
    ScrollBar.vertical: ScrollBar {}

    function openSession(conferenceId: string, sessionKey: string) {
        if (sessionKey.length > 0)
            list.sessionActivated(conferenceId, sessionKey)
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("No upcoming bookmarks in any conference you follow.")
        textFormat: Text.PlainText
    }
}
