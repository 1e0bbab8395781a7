pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// "Add a conference": the feed's address (and, for a members-only feed, how to sign in), checked
// before anything is kept: the dialog shows what it found, and Add keeps it.
Dialog {
    id: dialog
    objectName: "addConferenceDialog"

    title: qsTr("Add a conference")
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)

    readonly property bool checking: Conferences.probeState === Conferences.Checking
    readonly property bool found: Conferences.probeState === Conferences.Found
    // The feed claims to be a conference the person already has: they say which it is.
    readonly property bool asking: dialog.found && Conferences.probeQuestion.length > 0

    function check() {
        Conferences.check(urlField.text, accessBox.currentIndex, userField.text, secretField.text)
    }

    onOpened: {
        // Opened by a feed given on the command line: its address, and the question about it.
        urlField.text = dialog.asking ? Conferences.probeAddress : ""
        userField.clear()
        secretField.clear()
        accessBox.currentIndex = 0
        urlField.forceActiveFocus()
    }
    onRejected: Conferences.cancelCheck()

    Connections {
        target: Conferences
        function onAdded() {
            dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Paste the address of the conference's schedule feed: Pentabarf/frab XML, frab JSON or iCalendar, as pretalx, frab, Indico or Sched publish it.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
        }
        TextField {
            id: urlField
            objectName: "feedUrlField"
            Layout.fillWidth: true
            placeholderText: qsTr("https://example.org/schedule.xml")
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Feed address")
            onAccepted: dialog.check()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Access")
                textFormat: Text.PlainText
            }
            ComboBox {
                id: accessBox
                Layout.fillWidth: true
                model: [qsTr("Public feed"), qsTr("User name and password"), qsTr("Access token")]
                Accessible.name: qsTr("How the feed is accessed")
            }
        }
        TextField {
            id: userField
            Layout.fillWidth: true
            visible: accessBox.currentIndex === 1
            placeholderText: qsTr("User name")
            Accessible.name: placeholderText
        }
        TextField {
            id: secretField
            Layout.fillWidth: true
            visible: accessBox.currentIndex > 0
            echoMode: TextInput.Password
            placeholderText: accessBox.currentIndex === 1 ? qsTr("Password") : qsTr("Token")
            Accessible.name: placeholderText
            onAccepted: dialog.check()
        }
        Label {
            Layout.fillWidth: true
            visible: accessBox.currentIndex > 0
            text: qsTr("Kept in your desktop's keychain, and sent only to this feed's own server.")
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            opacity: Theme.secondaryOpacity
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "checkFeedButton"
                text: qsTr("Check")
                enabled: urlField.text.length > 0 && !dialog.checking
                onClicked: dialog.check()
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: dialog.checking
                indeterminate: Conferences.probeProgress < 0
                value: Math.max(0, Conferences.probeProgress)
                Accessible.name: qsTr("Downloading the feed")
            }
        }

        // What the check found, or why it failed.
        Label {
            objectName: "probeTitle"
            Layout.fillWidth: true
            visible: dialog.found
            text: Conferences.probeTitle
            textFormat: Text.PlainText
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.found
            text: Conferences.probeSummary
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "probeError"
            Layout.fillWidth: true
            visible: Conferences.probeError.length > 0
            text: Conferences.probeError
            textFormat: Text.PlainText
            color: Theme.warningColor
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "probeQuestion"
            Layout.fillWidth: true
            visible: dialog.asking
            text: Conferences.probeQuestion
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            visible: Conferences.probeState === Conferences.KeychainUnavailable
            text: qsTr("Use it for this run only")
            onClicked: Conferences.addCheckedForThisRun()
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item {
            Layout.fillWidth: true
        }
        Button {
            objectName: "useNewAddressButton"
            visible: dialog.asking
            text: qsTr("Use the new address")
            onClicked: Conferences.addCheckedAs(Conferences.UseNewAddress)
        }
        Button {
            objectName: "addSeparatelyButton"
            visible: dialog.asking
            text: qsTr("Add separately")
            onClicked: Conferences.addCheckedAs(Conferences.AddSeparately)
        }
        Button {
            objectName: "addFeedButton"
            visible: !dialog.asking
            text: qsTr("Add")
            icon.name: "list-add-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            enabled: dialog.found
            // The dialog stays open until the conference is added (onAdded), so that "no keychain
            // here" can still be answered in it.
            onClicked: Conferences.addChecked()
        }
        Button {
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
    }
}
