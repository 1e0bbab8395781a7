pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// "Add a conference": the feed's address (and, for a members-only feed, how to sign in), checked
// before anything is kept: the dialog shows what it found, and Add keeps it.
AttendDialog {
    id: dialog
    objectName: "addConferenceDialog"

    title: qsTr("Add a conference")
    focus: true
    width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)

    readonly property bool checking: AddConference.probeState === AddConference.Checking
    readonly property bool found: AddConference.probeState === AddConference.Found
    // The feed claims to be a conference the person already has: they say which it is.
    readonly property bool asking: dialog.found && AddConference.probeQuestion.length > 0

    function check() {
        AddConference.check(urlField.text, accessBox.currentIndex, userField.text, secretField.text)
    }

    onOpened: {
        // Opened by a feed given on the command line: its address, and the question about it.
        urlField.text = dialog.asking ? AddConference.probeAddress : ""
        userField.clear()
        secretField.clear()
        accessBox.currentIndex = 0
        urlField.forceActiveFocus()
    }
    onRejected: AddConference.cancelCheck()

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
            FocusRing {
                target: parent
            }
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
                FocusRing {
                    target: parent
                }
            }
        }
        TextField {
            id: userField
            Layout.fillWidth: true
            visible: accessBox.currentIndex === 1
            placeholderText: qsTr("User name")
            Accessible.name: placeholderText
            FocusRing {
                target: parent
            }
        }
        TextField {
            id: secretField
            Layout.fillWidth: true
            visible: accessBox.currentIndex > 0
            echoMode: TextInput.Password
            placeholderText: accessBox.currentIndex === 1 ? qsTr("Password") : qsTr("Token")
            Accessible.name: placeholderText
            onAccepted: dialog.check()
            FocusRing {
                target: parent
            }
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
                FocusRing {
                    target: parent
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: dialog.checking
                indeterminate: AddConference.probeProgress < 0
                value: Math.max(0, AddConference.probeProgress)
                Accessible.name: qsTr("Downloading the feed")
            }
        }

        // What the check found, or why it failed: a fixed area, so the dialog keeps its size and
        // place while checking and when the result comes (a long one scrolls inside it).
        ScrollView {
            id: resultArea
            objectName: "probeResultArea"
            Layout.fillWidth: true
            Layout.preferredHeight: resultMetrics.height * 7
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: resultArea.availableWidth
                spacing: Theme.spacing

                Label {
                    objectName: "probeTitle"
                    Layout.fillWidth: true
                    visible: dialog.found
                    text: AddConference.probeTitle
                    textFormat: Text.PlainText
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: dialog.found
                    text: AddConference.probeSummary
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "probeError"
                    Layout.fillWidth: true
                    visible: AddConference.probeError.length > 0
                    text: AddConference.probeError
                    textFormat: Text.PlainText
                    color: Theme.warningColor
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                // Followed already: one click shows it.
                Button {
                    objectName: "openFollowedButton"
                    visible: AddConference.probeFollowedId.length > 0
                    text: qsTr("Open it")
                    Accessible.name: qsTr("Open the conference you already follow")
                    Accessible.onPressAction: clicked()
                    onClicked: {
                        Conferences.switchTo(AddConference.probeFollowedId)
                        dialog.close()
                    }
                    FocusRing {
                        target: parent
                    }
                }
                // A web page: the feeds it links to, to check one.
                Repeater {
                    model: AddConference.probeLinks
                    delegate: PlainButton {
                        id: linkChoice
                        required property string modelData
                        Layout.fillWidth: true
                        flat: true
                        text: modelData
                        Accessible.name: qsTr("Check the feed %1").arg(modelData)
                        Accessible.onPressAction: clicked()
                        onClicked: {
                            urlField.text = linkChoice.modelData
                            dialog.check()
                        }
                    }
                }
                Label {
                    objectName: "probeQuestion"
                    Layout.fillWidth: true
                    visible: dialog.asking
                    text: AddConference.probeQuestion
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    visible: AddConference.probeState === AddConference.KeychainUnavailable
                    text: qsTr("Use it for this run only")
                    onClicked: AddConference.addCheckedForThisRun()
                    FocusRing {
                        target: parent
                    }
                }
            }
        }
    }

    FontMetrics {
        id: resultMetrics
        font: dialog.font
    }

    footer: DialogButtons {
        ActionButton {
            objectName: "useNewAddressButton"
            visible: dialog.asking
            primary: true
            text: qsTr("Use the new address")
            onClicked: AddConference.addCheckedAs(AddConference.UseNewAddress)
        }
        ActionButton {
            objectName: "addSeparatelyButton"
            visible: dialog.asking
            text: qsTr("Add separately")
            onClicked: AddConference.addCheckedAs(AddConference.AddSeparately)
        }
        ActionButton {
            objectName: "addFeedButton"
            visible: !dialog.asking
            primary: true
            text: qsTr("Add")
            icon.name: "list-add-symbolic"
            enabled: dialog.found
            // The dialog stays open until the conference is added (onAdded), so that "no keychain
            // here" can still be answered in it.
            onClicked: AddConference.addChecked()
        }
        ActionButton {
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
    }
}
