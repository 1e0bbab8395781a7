pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The agenda: every session by day and start time, narrowed by day, track and search as you type.
Page {
    id: page

    signal sessionActivated(string sessionKey)

    /** What the header bar's search field holds: the list narrows to it as it is typed. */
    property string searchText
    /** The empty list's "Clear search": the field is the header bar's. */
    signal searchClearRequested()

    readonly property alias visibleCount: sessionList.count

    title: Agenda.title

    // Just that day, from its start (Now & Next's "Show the first day").
    function showDay(dayIndex) {
        filteredSessions.resetFilters()
        filteredSessions.days = [dayIndex]
        sessionList.positionViewAtBeginning()
    }

    // Shows the first session not over yet, or says there is none.
    function jumpToNow() {
        const row = filteredSessions.firstRowNotEndedAt(Agenda.now)
        if (row >= 0) {
            nowNote.text = ""
            sessionList.currentIndex = row
            sessionList.positionViewAtIndex(row, ListView.Beginning)
            sessionList.forceActiveFocus()
        } else if (filteredSessions.count > 0 && filteredSessions.day >= 0) {
            nowNote.text = qsTr("Every session shown here has ended: nothing is on now or later on this day.")
        } else if (filteredSessions.count > 0) {
            nowNote.text = qsTr("%1 is over: every session has ended.").arg(Agenda.title)
        } else {
            nowNote.text = qsTr("No session is shown, so there is nothing to jump to.")
        }
    }

    Connections {
        target: filteredSessions
        function onFiltersChanged() {
            nowNote.text = ""
        }
    }

    SessionFilterModel {
        id: filteredSessions
        sourceModel: Agenda.sessions
        conferenceId: Agenda.conferenceId
        hiddenTracks: Agenda.hiddenTracks
        hiddenRooms: Agenda.hiddenRooms
        searchText: page.searchText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        FeedStatusBar {
            Layout.fillWidth: true
        }

        Banner {
            Layout.fillWidth: true
            warning: true
            text: Agenda.loadError.length > 0 ? qsTr("Could not open the feed: %1").arg(Agenda.loadError) : ""
        }

        Banner {
            Layout.fillWidth: true
            text: Agenda.zoneNote
        }

        FilterBar {
            id: filterBar
            Layout.fillWidth: true
            filter: filteredSessions
            onJumpToNowRequested: page.jumpToNow()
        }

        Banner {
            id: nowNote
            objectName: "nowNote"
            Layout.fillWidth: true
        }

        // The search found more than the day and filters show: say where, one click shows them.
        RowLayout {
            objectName: "hiddenMatches"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.spacing
            visible: filteredSessions.hiddenMatchCount > 0
            spacing: Theme.spacing
            Label {
                objectName: "hiddenMatchesText"
                Layout.fillWidth: true
                text: filteredSessions.hiddenMatchDay >= 0 && filteredSessions.hiddenMatchDay !== filteredSessions.day
                      ? qsTr("%n more on %1", "", filteredSessions.hiddenMatchCount).arg(Agenda.dayLabels[filteredSessions.hiddenMatchDay] ?? "")
                      : qsTr("%n more hidden by the day or filters", "", filteredSessions.hiddenMatchCount)
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }
            Button {
                objectName: "showHiddenMatches"
                text: qsTr("Show")
                Accessible.name: qsTr("Show the sessions the search found")
                Accessible.onPressAction: filteredSessions.showHiddenMatches()
                onClicked: filteredSessions.showHiddenMatches()
            }
        }

        // Made the first time the grid is shown, from its file: neither it nor its types are loaded
        // before the first frame.
        Loader {
            id: timetable
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: filterBar.gridShown
            onVisibleChanged: {
                if (visible && !item)
                    setSource(Qt.resolvedUrl("../views/TimetableView.qml"), { objectName: "timetable", filter: filteredSessions })
            }
            onLoaded: {
                const grid = item as TimetableView
                // The grid is one day: the first day chosen, else the first day.
                grid.dayIndex = Qt.binding(() => filteredSessions.days.length > 0 ? filteredSessions.days[0] : 0)
                grid.sessionActivated.connect(page.sessionActivated)
            }
        }

        ListView {
            id: sessionList
            objectName: "sessionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !filterBar.gridShown
            clip: true
            model: filteredSessions
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            reuseItems: true
            cacheBuffer: 800
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Sessions")

            section.property: "timeSlot"
            section.criteria: ViewSection.FullString

            delegate: SessionCard {
                required index
                required key
                required title
                required detailLine
                required startTime
                required track
                required dayHeading
                required bookmarked
                required maybe
                required property string changeNote
                required property bool cancelled
                required property bool past
                required property string liveText
                required property bool timeEstimated
                highlightWords: filteredSessions.searchWords
                // The "Cancelled" badge says it; the note says what else changed ("Moved from …").
                note: cancelled ? "" : changeNote
                noteIsWarning: true
                isMoved: !cancelled && changeNote.length > 0
                liveBadgeText: liveText
                estimated: timeEstimated
                isPast: past
                isCancelled: cancelled
                onActivated: sessionKey => page.sessionActivated(sessionKey)
                onBookmarkToggled: sessionKey => Agenda.toggleBookmark(sessionKey)
                onLevelChosen: (sessionKey, maybe) => Agenda.setMaybe(sessionKey, maybe)
            }

            // Space stars (must see) or unstars; Shift+Space bookmarks as maybe, or switches the level.
            Keys.onSpacePressed: event => {
                if (currentIndex < 0)
                    return
                if (event.modifiers & Qt.ShiftModifier)
                    Agenda.cycleLevel(filteredSessions.keyAt(currentIndex))
                else
                    Agenda.toggleBookmark(filteredSessions.keyAt(currentIndex))
            }
            Keys.onReturnPressed: page.openCurrent()
            Keys.onEnterPressed: page.openCurrent()
            onActiveFocusChanged: {
                if (activeFocus && currentIndex < 0 && count > 0)
                    currentIndex = 0
            }

            KeyFollower {
                view: sessionList
            }

            ScrollBar.vertical: ScrollBar {}

            EmptyState {
                id: emptyList
                objectName: "agendaEmpty"
                readonly property bool elsewhere: page.searchText.length > 0 && filteredSessions.hiddenMatchCount > 0
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: sessionList.count === 0
                iconName: page.searchText.length > 0 ? "edit-find-symbolic" : "edit-clear-symbolic"
                text: emptyList.elsewhere
                      ? qsTr("Nothing shown here matches “%1”, but the search found sessions elsewhere: see Show above.").arg(page.searchText)
                      : page.searchText.length > 0
                      ? qsTr("No session matches “%1”.").arg(page.searchText)
                      : qsTr("No session passes these filters.")
                actionText: emptyList.elsewhere ? qsTr("Show them")
                                                : page.searchText.length > 0 ? qsTr("Clear search") : qsTr("Reset filters")
                onActionTriggered: {
                    if (emptyList.elsewhere)
                        filteredSessions.showHiddenMatches()
                    else if (page.searchText.length > 0)
                        page.searchClearRequested()
                    else
                        filteredSessions.resetFilters()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            opacity: Theme.secondaryOpacity
            text: qsTr("%1 of %n session(s) · times in %2", "", Agenda.sessionCount)
                  .arg(sessionList.count)
                  .arg(Agenda.formatter.useEventZone ? Agenda.formatter.eventZoneName
                                                          : Agenda.formatter.viewerZoneName)
            textFormat: Text.PlainText
        }
    }

    function focusList() {
        sessionList.forceActiveFocus()
        if (sessionList.currentIndex < 0 && sessionList.count > 0)
            sessionList.currentIndex = 0
    }

    function openCurrent() {
        if (sessionList.currentIndex >= 0)
            page.sessionActivated(filteredSessions.keyAt(sessionList.currentIndex))
    }

    Component.onCompleted: sessionList.forceActiveFocus()
}
