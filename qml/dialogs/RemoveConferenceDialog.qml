pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Asks before a conference is removed, and says that its bookmarks are kept.
Dialog {
    id: dialog
    objectName: "removeConferenceDialog"

    property string conferenceId
    property string conferenceTitle

    title: qsTr("Remove “%1”?").arg(dialog.conferenceTitle)
    modal: true
    anchors.centerIn: parent
    width: Math.min(480, parent ? parent.width - 2 * Theme.margin : 480)

    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            text: qsTr("Its downloaded agenda is deleted. Your bookmarks in it are kept and come back if you add it again.")
            wrapMode: Text.WordWrap
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item {
            Layout.fillWidth: true
        }
        Button {
            Layout.bottomMargin: Theme.spacing
            text: qsTr("Remove")
            onClicked: {
                Conferences.remove(dialog.conferenceId)
                dialog.close()
            }
        }
        Button {
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
    }
}
