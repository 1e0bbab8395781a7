pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The keyboard shortcuts, on F1 or "?".
Popup {
    id: overlay

    readonly property var shortcuts: [
        ["Ctrl+F", qsTr("Search the agenda")],
        ["Ctrl+1 … Ctrl+4", qsTr("Agenda, My schedule, Now & Next, Speakers")],
        ["Ctrl+,", qsTr("Settings")],
        ["Ctrl+N", qsTr("Add a conference")],
        ["F5", qsTr("Refresh the agenda from its feed")],
        ["Tab, Shift+Tab", qsTr("Move between controls; each page starts on its list")],
        ["↑ ↓", qsTr("Move through a list")],
        ["Enter", qsTr("In a list: open the highlighted session. On a button: press it")],
        ["Space", qsTr("In a list: bookmark the highlighted session, or remove its bookmark. On a button: press it")],
        ["Shift+Space", qsTr("Bookmark the selected session as maybe, or switch must see ⇄ maybe")],
        ["Ctrl+D", qsTr("On a session's page: bookmark it, or remove its bookmark")],
        ["Ctrl+Shift+D", qsTr("On a session page: must see ⇄ maybe")],
        ["Ctrl+J", qsTr("Join the session on screen (its live stream or room)")],
        ["Escape", qsTr("Clear the search, else go back to the page named on the back button")],
        ["Alt+←", qsTr("Back")],
        ["Ctrl+Z", qsTr("Undo a removal while its notice shows")],
        ["F1, ?", qsTr("Show these shortcuts")],
        ["Ctrl+Q", qsTr("Quit")],
    ]

    anchors.centerIn: Overlay.overlay
    modal: true
    focus: true
    padding: Theme.margin

    ColumnLayout {
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Keyboard shortcuts")
        Label {
            text: qsTr("Keyboard shortcuts")
            textFormat: Text.PlainText
            font.bold: true
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.margin
            Repeater {
                model: overlay.shortcuts
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData[0]
                    textFormat: Text.PlainText
                    font.bold: true
                    Layout.row: index
                    Layout.column: 0
                }
            }
            Repeater {
                model: overlay.shortcuts
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData[1]
                    textFormat: Text.PlainText
                    Layout.row: index
                    Layout.column: 1
                }
            }
        }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            icon.name: "window-close-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: qsTr("Close the shortcuts")
            onClicked: overlay.close()
        }
    }
}
