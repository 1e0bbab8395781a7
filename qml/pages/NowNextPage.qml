pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// What is on now (and how far in), then what starts within the hour; live, minute by minute.
// Before or after the conference it says so and offers the first day of the agenda.
Page {
    id: page

    signal sessionActivated(string sessionKey)
    signal firstDayRequested(int dayIndex)

    title: qsTr("Now & Next")

    component NowNextRow: ItemDelegate {
        id: row
        required property int index
        required property string key
        required property string title
        required property string detailLine
        required property string progressText
        required property real progress
        required property string section
        required property string joinLink

        signal activated(string sessionKey)

        width: row.ListView.view ? row.ListView.view.width : implicitWidth
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        highlighted: row.ListView.isCurrentItem
        Accessible.role: Accessible.ListItem
        Accessible.name: row.title + ", " + row.detailLine + ", " + row.progressText
        Accessible.onPressAction: row.activated(row.key)
        onClicked: {
            row.ListView.view.currentIndex = row.index
            row.activated(row.key)
        }

        contentItem: ColumnLayout {
            spacing: 2
            // The group's heading, on the first row of "now" and of "next" (section delegates
            // cannot take required properties on Qt 6.4).
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing / 2
                visible: row.ListView.section !== row.ListView.previousSection
                text: row.ListView.section === "now" ? qsTr("On now") : qsTr("Starting within the hour")
                textFormat: Text.PlainText
                font.bold: true
                font.pointSize: row.font.pointSize * Theme.headingScale
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: row.title
                textFormat: Text.PlainText
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.detailLine
                textFormat: Text.PlainText
                opacity: Theme.secondaryOpacity
                elide: Text.ElideRight
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "nowNextJoin"
                    // On now, with somewhere to watch: one click to the stream or room.
                    visible: row.section === "now" && row.joinLink.length > 0
                    highlighted: true
                    text: qsTr("Join")
                    Accessible.name: qsTr("Join %1").arg(row.title)
                    Accessible.onPressAction: Qt.openUrlExternally(row.joinLink)
                    onClicked: Qt.openUrlExternally(row.joinLink)
                    FocusRing {
                        target: parent
                    }
                }
                ProgressBar {
                    Layout.preferredWidth: 120
                    visible: row.progress > 0
                    value: row.progress
                    Accessible.ignored: true
                }
                Label {
                    text: row.progressText
                    textFormat: Text.PlainText
                    opacity: Theme.secondaryOpacity
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // With rows below, what is on is said above them; with none, the empty state says it.
        Banner {
            Layout.fillWidth: true
            text: list.count > 0 ? Agenda.nowNext.stateText : ""
            actionText: Agenda.nowNext.beforeStart || Agenda.nowNext.afterEnd ? qsTr("Show the first day") : ""
            onActionTriggered: page.firstDayRequested(Agenda.nowNext.firstDayIndex)
        }

        ListView {
            id: list
            objectName: "nowNextList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Agenda.nowNext
            currentIndex: -1
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            reuseItems: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Now and next")
            ScrollBar.vertical: ScrollBar {}

            section.property: "section"

            delegate: NowNextRow {
                onActivated: sessionKey => page.sessionActivated(sessionKey)
            }

            Keys.onReturnPressed: page.openCurrent()
            Keys.onEnterPressed: page.openCurrent()
            Keys.onSpacePressed: {
                if (currentItem)
                    Agenda.toggleBookmark((currentItem as NowNextRow).key)
            }
            onActiveFocusChanged: {
                if (activeFocus && currentIndex < 0 && count > 0)
                    currentIndex = 0
            }

            KeyFollower {
                view: list
            }

            // Outside the conference the bar above says when it is; the way to its agenda is here.
            EmptyState {
                objectName: "nowNextEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: list.count === 0
                iconName: "appointment-soon-symbolic"
                text: Agenda.nowNext.beforeStart || Agenda.nowNext.afterEnd ? Agenda.nowNext.stateText
                                                                             : qsTr("Nothing on now or within the hour.")
                actionText: Agenda.nowNext.beforeStart || Agenda.nowNext.afterEnd ? qsTr("Show the first day") : qsTr("Open the Agenda")
                onActionTriggered: {
                    if (Agenda.nowNext.beforeStart || Agenda.nowNext.afterEnd)
                        page.firstDayRequested(Agenda.nowNext.firstDayIndex)
                    else
                        Shell.page = 0
                }
            }
        }
    }

    function focusList() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    function openCurrent() {
        if (list.currentItem)
            page.sessionActivated((list.currentItem as NowNextRow).key)
    }
}
