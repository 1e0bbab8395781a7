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
            // The person knows better than a guess: they set the conference's zone, kept for it.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "setZoneButton"
                    text: qsTr("Set the time zone…")
                    Accessible.name: qsTr("Set the conference's time zone")
                    Accessible.onPressAction: zonePicker.open()
                    onClicked: zonePicker.open()
                    FocusRing {
                        target: parent
                    }
                }
                Button {
                    objectName: "feedZoneButton"
                    visible: Conferences.zoneOverride.length > 0
                    text: qsTr("Use the feed's zone")
                    Accessible.name: qsTr("Use the time zone the feed gives")
                    Accessible.onPressAction: Conferences.setConferenceZone("")
                    onClicked: Conferences.setConferenceZone("")
                    FocusRing {
                        target: parent
                    }
                }
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
            LinkButton {
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

    // An IANA zone, found by typing part of its name ("brus", "new york").
    Popup {
        id: zonePicker
        objectName: "zonePicker"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, page.width - 2 * Theme.margin)
        height: Math.min(480, page.height - 2 * Theme.margin)
        modal: true
        focus: true
        padding: Theme.margin

        readonly property var matches: {
            const words = zoneSearch.text.toLowerCase().replace(/_/g, " ").split(/[\s\/]+/).filter(w => w.length > 0)
            return Conferences.zoneIds.filter(id => {
                const name = id.toLowerCase().replace(/_/g, " ")
                return words.every(w => name.indexOf(w) >= 0)
            })
        }

        onOpened: {
            zoneSearch.text = ""
            zoneSearch.forceActiveFocus()
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Time zone of %1").arg(Agenda.title)
                textFormat: Text.PlainText
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Session times stay as the feed writes them (10:00 stays 10:00), placed in the zone you choose.")
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                opacity: Theme.secondaryOpacity
            }
            TextField {
                id: zoneSearch
                objectName: "zoneSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search zones, e.g. Brussels")
                Accessible.name: qsTr("Search time zones")
                Keys.onDownPressed: zoneList.forceActiveFocus()
                Keys.onReturnPressed: zonePicker.choose(zoneList.currentIndex >= 0 ? zoneList.currentIndex : 0)
                Keys.onEnterPressed: zonePicker.choose(zoneList.currentIndex >= 0 ? zoneList.currentIndex : 0)
                FocusRing {
                    target: parent
                }
            }
            ListView {
                id: zoneList
                objectName: "zoneList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: zonePicker.matches
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                activeFocusOnTab: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Time zones")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: zoneRow
                    required property string modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    contentItem: Label {
                        text: zoneRow.modelData.replace(/_/g, " ")
                        textFormat: Text.PlainText
                    }
                    Accessible.role: Accessible.ListItem
                    Accessible.name: zoneRow.modelData
                    Accessible.onPressAction: zonePicker.choose(zoneRow.index)
                    onClicked: zonePicker.choose(zoneRow.index)
                }
                Keys.onReturnPressed: zonePicker.choose(currentIndex)
                Keys.onEnterPressed: zonePicker.choose(currentIndex)
                Keys.onSpacePressed: zonePicker.choose(currentIndex)
            }
            Label {
                visible: zonePicker.matches.length === 0
                text: qsTr("No zone matches “%1”.").arg(zoneSearch.text)
                textFormat: Text.PlainText
            }
            Button {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Cancel")
                onClicked: zonePicker.close()
                FocusRing {
                    target: parent
                }
            }
        }

        function choose(row: int) {
            if (row < 0 || row >= zonePicker.matches.length)
                return
            Conferences.setConferenceZone(zonePicker.matches[row])
            zonePicker.close()
        }
    }
}
