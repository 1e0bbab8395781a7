pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// About Attend: version, licence, and the libraries it stands on.
Page {
    id: page

    /** Where Back goes, by the name the person knows it ("‹ Agenda"). */
    property string backTo: qsTr("Agenda")
    signal backRequested()

    title: qsTr("About Attend")

    header: BackHeader {
        backTo: page.backTo
        title: page.title
        onBackRequested: page.backRequested()
    }

    ColumnLayout {
        x: Math.max(Theme.margin, (page.width - width) / 2)
        y: Theme.margin
        width: Math.min(page.width - 2 * Theme.margin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        Image {
            source: "qrc:/attend/icons/attend-64.png"
            sourceSize.width: 64
            sourceSize.height: 64
            Accessible.ignored: true
        }
        Label {
            text: qsTr("Attend %1").arg(Qt.application.version)
            textFormat: Text.PlainText
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("A desktop companion for conference attendees: the agenda in your time zone, your own schedule kept on your machine, and reminders that never misfire.")
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Free software under the GNU General Public License, version 3 or later.")
            textFormat: Text.PlainText
        }
        LinkButton {
            objectName: "licenceLink"
            text: qsTr("Read the licence")
            Accessible.name: qsTr("Read the GNU General Public License, version 3")
            onClicked: Qt.openUrlExternally("https://www.gnu.org/licenses/gpl-3.0.html")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Built with %1.").arg(Shell.libraries)
            textFormat: Text.PlainText
            Accessible.name: text
        }
    }
}
