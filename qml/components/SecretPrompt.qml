pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The password or token prompt of a private feed, under the agenda's toolbar (FeedStatusBar): a
// warning bar with the field, "Keep in the keychain" and Use. Made the first time a feed asks.
Banner {
    warning: true
    closable: false // the feed cannot be read until it has its secret
    text: Conferences.credentialsProblem

    TextField {
        id: secretField
        Layout.preferredWidth: 200
        echoMode: TextInput.Password
        placeholderText: qsTr("Password or token")
        Accessible.name: qsTr("Password or token for this feed")
        onAccepted: useButton.clicked()
        FocusRing {
            target: secretField
        }
    }
    CheckBox {
        id: rememberBox
        checked: true
        text: qsTr("Keep in the keychain")
        palette.windowText: Theme.warningBarText
        FocusRing {
            target: rememberBox
        }
    }
    Button {
        id: useButton
        text: qsTr("Use")
        enabled: secretField.text.length > 0
        highlighted: true
        onClicked: {
            Conferences.provideSecret(secretField.text, rememberBox.checked)
            secretField.clear()
        }
        FocusRing {
            target: useButton
        }
    }
}
