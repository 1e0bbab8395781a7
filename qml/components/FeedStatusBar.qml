pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Under the agenda's toolbar: where the agenda on screen comes from and how fresh it is
// ("Updated 10:42 · checked 11:15", "Offline — showing the copy from 10:42"), with Refresh now,
// and the password or token prompt when a private feed asks for one.
ColumnLayout {
    id: bar

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            objectName: "feedStatus"
            Layout.fillWidth: true
            text: Conferences.statusText
            textFormat: Text.PlainText
            color: Conferences.statusIsProblem ? Theme.warningColor : bar.palette.windowText
            opacity: Conferences.statusIsProblem ? 1 : Theme.secondaryOpacity
            elide: Text.ElideRight
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Feed status: %1").arg(text)
        }
        BusyIndicator {
            Layout.preferredHeight: refreshButton.implicitHeight
            Layout.preferredWidth: refreshButton.implicitHeight
            visible: Conferences.busy
            running: visible
        }
        ToolButton {
            id: refreshButton
            objectName: "refreshButton"
            visible: Conferences.refreshable
            enabled: !Conferences.busy
            text: qsTr("Refresh now")
            icon.name: "view-refresh-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: qsTr("Refresh now (F5)")
            Accessible.onPressAction: Conferences.refreshNow()
            onClicked: Conferences.refreshNow()
        }
    }

    Frame {
        Layout.fillWidth: true
        visible: Conferences.credentialsProblem.length > 0
        padding: Theme.spacing
        Accessible.role: Accessible.AlertMessage
        Accessible.name: Conferences.credentialsProblem

        background: Rectangle {
            color: Qt.rgba(bar.palette.highlight.r, bar.palette.highlight.g, bar.palette.highlight.b, 0.15)
        }

        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: Conferences.credentialsProblem
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            TextField {
                id: secretField
                Layout.preferredWidth: 200
                echoMode: TextInput.Password
                placeholderText: qsTr("Password or token")
                Accessible.name: qsTr("Password or token for this feed")
                onAccepted: useButton.clicked()
            }
            CheckBox {
                id: rememberBox
                checked: true
                text: qsTr("Keep in the keychain")
            }
            Button {
                id: useButton
                text: qsTr("Use")
                enabled: secretField.text.length > 0
                onClicked: {
                    Conferences.provideSecret(secretField.text, rememberBox.checked)
                    secretField.clear()
                }
            }
        }
    }

    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        enabled: Conferences.refreshable
        onActivated: Conferences.refreshNow()
    }
}
