pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Under the agenda's toolbar: where the agenda on screen comes from and how fresh it is
// ("Updated 10:42 · checked 11:15", "Offline — showing the copy from 10:42"), and the password or
// token prompt when a private feed asks for one. Status only: Refresh is the header bar's (and
// F5). A problem (offline, a failed update) and the prompt are warning bars, with the action that
// helps there: Retry, the password field.
ColumnLayout {
    id: bar

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        visible: !Conferences.statusIsProblem
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.spacing
        Layout.topMargin: Theme.spacing / 2
        spacing: Theme.spacing

        Label {
            objectName: "feedStatus"
            Layout.fillWidth: true
            // As tall as the busy indicator, so the filters below do not move when it shows.
            Layout.preferredHeight: 20
            verticalAlignment: Text.AlignVCenter
            text: Conferences.statusText
            textFormat: Text.PlainText
            color: Theme.secondaryText
            elide: Text.ElideRight
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Feed status: %1").arg(text)
        }
        BusyIndicator {
            Layout.preferredHeight: 20
            Layout.preferredWidth: 20
            visible: Conferences.busy
            running: visible
            Accessible.ignored: true // the status text says "Checking for updates…"
        }
    }

    Banner {
        objectName: "feedProblem"
        Layout.fillWidth: true
        warning: true
        closable: false // it stays true until an update works
        text: Conferences.statusIsProblem ? Conferences.statusText : ""
        actionText: Conferences.refreshable && !Conferences.busy ? qsTr("Retry") : ""
        actionIcon: "view-refresh-symbolic"
        actionAccessibleName: qsTr("Retry: refresh the agenda from its feed (F5)")
        Accessible.name: qsTr("Feed status: %1").arg(text)
        onActionTriggered: Conferences.refreshNow()
    }

    // The password or token prompt, made when a feed first asks for one (not before the first frame).
    Loader {
        Layout.fillWidth: true
        active: Conferences.credentialsProblem.length > 0 || status === Loader.Ready
        source: "SecretPrompt.qml"
    }

    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        enabled: Conferences.refreshable
        onActivated: Conferences.refreshNow()
    }
}
