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

    title: details.title

    SessionDetails {
        id: details
        agenda: Agenda
        sessionKey: page.sessionKey
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
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
                visible: details.valid
                onToggleRequested: Agenda.toggleBookmark(page.sessionKey)
            }
            Switch {
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
        sequence: "Ctrl+D"
        enabled: details.valid && page.visible
        onActivated: Agenda.toggleBookmark(page.sessionKey)
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
                Accessible.name: qsTr("When: %1").arg(text)
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
                delegate: PlainButton {
                    id: linkButton
                    required property var modelData
                    Layout.maximumWidth: column.width
                    flat: true
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
