pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Watch later: bookmarked sessions that ended, kept to watch; each with "Open recording" once a
// feed update brings its recording, and a tick for what has been watched.
ListView {
    id: list
    objectName: "watchLaterList"

    clip: true
    model: Agenda.watchLater
    currentIndex: -1
    keyNavigationEnabled: true
    activeFocusOnTab: true
    highlightMoveDuration: 0
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Watch later")

    delegate: ItemDelegate {
        id: row
        required property int index
        required property string conferenceId
        required property string conferenceTitle
        required property string key
        required property string title
        required property var start
        required property string detailLine
        required property bool watched
        required property string recording

        width: ListView.view ? ListView.view.width : implicitWidth
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        highlighted: ListView.isCurrentItem
        opacity: watched ? 0.6 : 1
        readonly property string whenText: conferenceTitle + " · " + Agenda.formatter.day(start) + ", " + detailLine
        Accessible.role: Accessible.ListItem
        Accessible.name: title + ", " + whenText + ", "
                         + (recording.length > 0 ? qsTr("recording available") : qsTr("no recording yet"))
                         + (watched ? ", " + qsTr("watched") : "")
        Accessible.onPressAction: list.openRecording(index)
        onClicked: {
            list.currentIndex = index
            list.forceActiveFocus()
        }
        contentItem: RowLayout {
            spacing: Theme.spacing
            CheckBox {
                checked: row.watched
                activeFocusOnTab: false
                Accessible.name: qsTr("Watched: %1").arg(row.title)
                onToggled: Agenda.setWatched(row.conferenceId, row.key, checked)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.title
                    textFormat: Text.PlainText
                    font.weight: Font.DemiBold
                    font.strikeout: row.watched
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: row.whenText
                    textFormat: Text.PlainText
                    opacity: Theme.secondaryOpacity
                    elide: Text.ElideRight
                }
            }
            PlainButton {
                text: row.recording.length > 0 ? qsTr("Open recording") : qsTr("No recording yet")
                enabled: row.recording.length > 0
                activeFocusOnTab: false
                Accessible.name: row.recording.length > 0 ? qsTr("Open recording: %1").arg(row.title) : qsTr("No recording yet: %1").arg(row.title)
                Accessible.onPressAction: list.openRecording(row.recording)
                onClicked: list.openRecording(row.recording)
            }
            ToolButton {
                text: "\u2715"
                activeFocusOnTab: false
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Take off the Watch later list")
                Accessible.name: qsTr("Take off the Watch later list: %1").arg(row.title)
                Accessible.onPressAction: Agenda.setWatchLater(row.conferenceId, row.key, false)
                onClicked: Agenda.setWatchLater(row.conferenceId, row.key, false)
            }
        }
    }

    // Enter opens the recording, Space ticks it watched (or back), Delete takes it off the list.
    Keys.onReturnPressed: {
        const row = Agenda.watchLater.rowAt(currentIndex)
        openRecording(row.recording ?? "")
    }
    Keys.onEnterPressed: {
        const row = Agenda.watchLater.rowAt(currentIndex)
        openRecording(row.recording ?? "")
    }
    Keys.onSpacePressed: {
        const row = Agenda.watchLater.rowAt(currentIndex)
        if (row.key)
            Agenda.setWatched(row.conferenceId, row.key, !row.watched)
    }
    Keys.onDeletePressed: {
        const row = Agenda.watchLater.rowAt(currentIndex)
        if (row.key)
            Agenda.setWatchLater(row.conferenceId, row.key, false)
    }
    onActiveFocusChanged: {
        if (activeFocus && currentIndex < 0 && count > 0)
            currentIndex = 0
    }
    ScrollBar.vertical: ScrollBar {}

    function openRecording(recording: string) {
        if (recording.length > 0)
            Qt.openUrlExternally(recording)
    }

    Label {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
        visible: list.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Nothing to watch later.\nAfter a bookmarked session has ended, press “Watch later” beside it in My schedule to keep it here with its recording.")
        textFormat: Text.PlainText
    }
}
