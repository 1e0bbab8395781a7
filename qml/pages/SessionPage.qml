pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// One session: its time in both zones, where, who, the abstract and its links.
Page {
    id: page

    required property string sessionKey
    /** Where the back button (and Escape) goes: "Agenda", "Now & Next", a speaker's page… */
    property string backTo: qsTr("Agenda")
    signal backRequested()

    readonly property bool canJoin: details.joinLink.length > 0 && !details.ended
    readonly property bool canWatchRecording: details.recordingLink.length > 0 && (details.ended || details.joinLink.length === 0)

    title: details.title

    SessionDetails {
        id: details
        agenda: Agenda
        sessionKey: page.sessionKey
    }

    header: ToolBar {
        topPadding: 4
        bottomPadding: 4
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing
            PlainToolButton {
                objectName: "backButton"
                Layout.maximumWidth: page.width / 3
                text: qsTr("‹ %1").arg(page.backTo)
                Accessible.name: qsTr("Back to %1").arg(page.backTo)
                Accessible.onPressAction: page.backRequested()
                onClicked: page.backRequested()
            }
            Item { Layout.fillWidth: true }
            BookmarkButton {
                objectName: "sessionBookmark"
                shortcutHint: "Ctrl+D"
                sessionTitle: details.title
                bookmarked: details.bookmarked
                maybe: details.maybe
                visible: details.valid
                onToggleRequested: Agenda.toggleBookmark(page.sessionKey)
            }
            BookmarkLevelButton {
                sessionTitle: details.title
                bookmarked: details.bookmarked
                maybe: details.maybe
                visible: details.valid
                onLevelChosen: maybe => Agenda.setMaybe(page.sessionKey, maybe)
            }
            ToggleSwitch {
                objectName: "reminderSwitch"
                text: qsTr("Remind me")
                visible: details.bookmarked
                checked: details.reminderEnabled
                Accessible.name: qsTr("Remind me of %1").arg(details.title)
                onToggled: Agenda.setReminderEnabled(page.sessionKey, checked)
            }
            ZoneSwitch {
                formatter: Agenda.formatter
            }
        }
    }

    FontMetrics {
        id: bodyFont
    }

    // The browsers' bookmark key: Space and Enter press whatever has focus (a zone button, the
    // reminder switch), never the star behind the person's back.
    Shortcut {
        // Must see ⇄ maybe (bookmarks as maybe when not bookmarked); beside the browsers' Ctrl+D.
        sequence: "Ctrl+Shift+D"
        enabled: details.valid && page.visible
        onActivated: Agenda.cycleLevel(page.sessionKey)
    }

    Shortcut {
        sequence: "Ctrl+D"
        enabled: details.valid && page.visible
        onActivated: Agenda.toggleBookmark(page.sessionKey)
    }

    // Join from the keyboard: the live stream or room while it is on or about to start, else
    // whatever join link it has (listed in the F1 overlay).
    Shortcut {
        objectName: "joinShortcut"
        sequence: "Ctrl+J"
        enabled: details.valid && page.canJoin
        onActivated: page.join()
    }

    function join() {
        Qt.openUrlExternally(details.joinLink)
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        focus: true
        boundsBehavior: Flickable.StopAtBounds
        Keys.onUpPressed: scrollBar.decrease()
        Keys.onDownPressed: scrollBar.increase()
        ScrollBar.vertical: ScrollBar { id: scrollBar }

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: details.valid ? details.title : qsTr("This session is not in the agenda.")
                textFormat: Text.PlainText
                font.pointSize: bodyFont.font.pointSize * Theme.titleScale
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: details.valid && !details.inAgenda
                text: qsTr("This session is no longer in the agenda. This is what Attend last knew of it.")
                textFormat: Text.PlainText
                color: Theme.warningColor
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                visible: details.subtitle.length > 0
                text: details.subtitle
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.italic: true
            }
            Label {
                objectName: "sessionChange"
                Layout.fillWidth: true
                visible: text.length > 0
                text: details.changeNote
                textFormat: Text.PlainText
                color: Theme.warningColor
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Label {
                objectName: "sessionWhen"
                Layout.fillWidth: true
                text: details.day + "\n" + details.when
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pointSize: bodyFont.font.pointSize * Theme.headingScale
                Accessible.name: details.timeEstimated ? qsTr("When (estimated): %1").arg(text) : qsTr("When: %1").arg(text)
            }
            Label {
                objectName: "sessionLive"
                visible: details.liveText.length > 0
                text: details.liveText
                textFormat: Text.PlainText
                color: Theme.nowBadgeText
                font.bold: true
                leftPadding: Theme.spacing / 2
                rightPadding: Theme.spacing / 2
                background: Rectangle {
                    color: Theme.nowBadgeBackground
                    radius: Theme.badgeRadius
                }
            }
            Flow {
                objectName: "watchButtons"
                Layout.fillWidth: true
                spacing: Theme.spacing
                // From the details, not from the buttons: a child of a hidden Flow reads as hidden.
                visible: page.canJoin || page.canWatchRecording || details.chatLink.length > 0
                ActionButton {
                    id: joinButton
                    objectName: "joinButton"
                    // The primary action while it is on or about to start; before that, a plain button.
                    visible: page.canJoin
                    primary: details.joinNow
                    text: details.joinNow ? qsTr("Join") : qsTr("Join link")
                    Accessible.name: qsTr("Join %1 (Ctrl+J)").arg(details.title)
                    Accessible.onPressAction: page.join()
                    onClicked: page.join()
                    PlainToolTip {
                        visible: joinButton.hovered
                        text: details.joinLink
                    }
                }
                ActionButton {
                    id: recordingButton
                    objectName: "recordingButton"
                    visible: page.canWatchRecording
                    primary: details.ended
                    text: qsTr("Watch recording")
                    Accessible.name: qsTr("Watch the recording of %1").arg(details.title)
                    Accessible.onPressAction: Qt.openUrlExternally(details.recordingLink)
                    onClicked: Qt.openUrlExternally(details.recordingLink)
                    PlainToolTip {
                        visible: recordingButton.hovered
                        text: details.recordingLink
                    }
                    FocusRing {
                        target: parent
                    }
                }
                Button {
                    id: chatButton
                    objectName: "chatButton"
                    visible: details.chatLink.length > 0
                    text: qsTr("Chat")
                    Accessible.name: qsTr("Open the chat of %1").arg(details.title)
                    Accessible.onPressAction: Qt.openUrlExternally(details.chatLink)
                    onClicked: Qt.openUrlExternally(details.chatLink)
                    PlainToolTip {
                        visible: chatButton.hovered
                        text: details.chatLink
                    }
                    FocusRing {
                        target: parent
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: details.place
                textFormat: Text.PlainText
                visible: text.length > 0
                wrapMode: Text.WordWrap
                Accessible.name: qsTr("Where: %1").arg(text)
            }
            Label {
                Layout.fillWidth: true
                visible: details.speakers.length > 0
                text: details.speakers
                textFormat: Text.PlainText
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.name: qsTr("Speakers: %1").arg(text)
            }
            LinkedTextLabel {
                objectName: "sessionAbstract"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                plainText: details.abstract.length > 0 ? details.abstract : qsTr("No description was published for this session.")
                opacity: details.abstract.length > 0 ? 1 : Theme.secondaryOpacity
                wrapMode: Text.WordWrap
                Accessible.name: qsTr("Abstract: %1").arg(plainText)
            }
            Repeater {
                model: details.links
                delegate: LinkButton {
                    id: linkButton
                    required property var modelData
                    Layout.maximumWidth: column.width
                    text: modelData.title
                    PlainToolTip {
                        visible: linkButton.hovered
                        text: linkButton.modelData.url
                    }
                    Accessible.name: qsTr("Open link: %1").arg(modelData.title)
                    Accessible.onPressAction: Qt.openUrlExternally(modelData.url)
                    onClicked: Qt.openUrlExternally(modelData.url)
                }
            }
        }
    }
}
