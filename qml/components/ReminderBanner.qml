pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A reminder shown inside the window: the last resort when neither a notification service nor a
// tray can show it, so it is never silently dropped.
Frame {
    id: banner

    visible: Shell.reminderVisible
    padding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: Shell.reminderSummary + ". " + Shell.reminderBody

    background: Rectangle {
        color: banner.palette.highlight
    }

    RowLayout {
        width: banner.availableWidth
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "reminderSummary"
                Layout.fillWidth: true
                text: Shell.reminderSummary
                textFormat: Text.PlainText
                color: banner.palette.highlightedText
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: Shell.reminderBody
                textFormat: Text.PlainText
                color: banner.palette.highlightedText
                elide: Text.ElideRight
            }
        }
        Button {
            objectName: "reminderJoin"
            visible: Shell.reminderCanJoin
            highlighted: true
            text: qsTr("Join")
            Accessible.name: qsTr("Join %1").arg(Shell.reminderSummary)
            Accessible.onPressAction: Shell.joinReminder()
            onClicked: Shell.joinReminder()
        }
        Button {
            text: qsTr("Open")
            Accessible.name: qsTr("Open %1").arg(Shell.reminderSummary)
            Accessible.onPressAction: Shell.openReminder()
            onClicked: Shell.openReminder()
        }
        Button {
            visible: Shell.reminderCanSnooze
            text: qsTr("Snooze 5 min")
            icon.name: "alarm-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: text
            Accessible.onPressAction: Shell.snoozeReminder()
            onClicked: Shell.snoozeReminder()
        }
        Button {
            text: qsTr("Dismiss")
            icon.name: "window-close-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: qsTr("Dismiss the reminder")
            Accessible.onPressAction: Shell.dismissReminder()
            onClicked: Shell.dismissReminder()
        }
    }
}
