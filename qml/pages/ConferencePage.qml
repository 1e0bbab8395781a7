pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// About the conference: title, dates, time zone, description and its web page.
Page {
    id: page

    /** Where the back button (and Escape) goes. */
    property string backTo: qsTr("Agenda")
    signal backRequested()

    title: Agenda.title

    header: ToolBar {
        PlainToolButton {
            objectName: "backButton"
            x: Theme.spacing
            width: Math.min(implicitWidth, parent.width / 2)
            text: qsTr("‹ %1").arg(page.backTo)
            Accessible.name: qsTr("Back to %1").arg(page.backTo)
            Accessible.onPressAction: page.backRequested()
            onClicked: page.backRequested()
        }
    }

    FontMetrics {
        id: bodyFont
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                text: Agenda.title
                textFormat: Text.PlainText
                font.pointSize: bodyFont.font.pointSize * Theme.titleScale
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Agenda.subtitle
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: Agenda.dates
                textFormat: Text.PlainText
                Accessible.name: qsTr("Dates: %1").arg(text)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Time zone: %1").arg(Agenda.zoneName)
                textFormat: Text.PlainText
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Agenda.zoneNote
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                opacity: Theme.secondaryOpacity
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%n session(s)", "", Agenda.sessionCount)
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: text.length > 0
                text: Agenda.description
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Accessible.name: qsTr("Description: %1").arg(text)
            }
            Button {
                id: webPageButton
                visible: Agenda.url.length > 0
                text: qsTr("Open the conference's web page")
                PlainToolTip {
                    visible: webPageButton.hovered
                    text: Agenda.url
                }
                Accessible.name: text
                Accessible.onPressAction: Qt.openUrlExternally(Agenda.url)
                onClicked: Qt.openUrlExternally(Agenda.url)
            }
        }
    }
}
