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

            delegate: SessionCard {
                id: card
                required index
                required key
                required title
                required detailLine
                required startTime
                required track
                required property string section
                required property string progressText
                required progress
                required property string joinLink

                readonly property bool running: section === "now"
                // The group's heading on the first row of "now" and of "next" (section delegates
                // cannot take required properties on Qt 6.4); every row shows its own start.
                heading: card.startsDay ? (card.running ? qsTr("On now") : qsTr("Starting within the hour")) : ""
                showTime: true
                showHourRule: false
                liveBadgeText: card.running ? card.progressText : ""
                infoBadgeText: card.running ? "" : card.progressText
                // The model's own roles: it repaints a row whenever its bookmark or level changes.
                required bookmarked
                required maybe
                // On now, with somewhere to watch: one click to the stream or room.
                actionText: card.running && card.joinLink.length > 0 ? qsTr("Join") : ""
                actionAccessibleName: qsTr("Join %1").arg(card.title)
                onActionTriggered: Qt.openUrlExternally(card.joinLink)
                onActivated: sessionKey => page.sessionActivated(sessionKey)
                onBookmarkToggled: sessionKey => Agenda.toggleBookmark(sessionKey)
                onLevelChosen: (sessionKey, maybe) => Agenda.setMaybe(sessionKey, maybe)
            }

            Keys.onReturnPressed: page.openCurrent()
            Keys.onEnterPressed: page.openCurrent()
            Keys.onSpacePressed: event => {
                if (!currentItem)
                    return
                // Shift+Space switches the level, as in the other lists.
                if (event.modifiers & Qt.ShiftModifier)
                    Agenda.cycleLevel((currentItem as SessionCard).key)
                else
                    Agenda.toggleBookmark((currentItem as SessionCard).key)
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
            page.sessionActivated((list.currentItem as SessionCard).key)
    }
}
