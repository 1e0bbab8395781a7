pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// My schedule: the bookmarked sessions as a day timeline (blocks by time, clashes side by side,
// free time written out) or as a list, every conference's together, or the Watch later list;
// the choice is remembered. Also the reminder settings and the .ics export and import.
Page {
    id: page

    signal sessionActivated(string sessionKey)

    readonly property alias visibleCount: scheduleList.count
    readonly property string viewName: Shell.scheduleView

    /** Opens a bookmarked session of any conference: its conference comes on screen first. */
    function openBookmark(conferenceId: string, sessionKey: string) {
        if (conferenceId !== Agenda.conferenceId && !Conferences.showConferenceWithId(conferenceId))
            return
        page.sessionActivated(sessionKey)
    }

    onVisibleChanged: {
        if (visible)
            focusLater.restart()
    }

    /** Focuses the view once the switch has settled (the new view is visible only then). */
    Timer {
        id: focusLater
        interval: 0
        onTriggered: page.focusView()
    }

    /** Gives the shown view keyboard focus (Ctrl+2, a view switch). */
    function focusView() {
        if (page.viewName === "timeline")
            timelineView.focusFirst()
        else if (page.viewName === "all")
            allView.forceActiveFocus()
        else if (page.viewName === "watchLater")
            watchLaterView.forceActiveFocus()
        else
            scheduleList.forceActiveFocus()
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            IconImage {
                Layout.preferredWidth: 16
                Layout.preferredHeight: 16
                // The icons of this row are looked up once the page shows, not at start-up.
                name: page.visible ? "alarm-symbolic" : ""
                color: Theme.text
                sourceSize.width: 16
                sourceSize.height: 16
                Accessible.ignored: true
            }
            Label {
                text: qsTr("Remind me")
                textFormat: Text.PlainText
                color: Theme.text
            }
            CompactSpinBox {
                id: leadBox
                from: 0
                to: 60
                value: Agenda.schedule.leadMinutes
                Accessible.name: qsTr("Minutes before a session to remind me")
                onValueModified: Agenda.schedule.leadMinutes = value
            }
            Label {
                text: qsTr("min before")
                textFormat: Text.PlainText
                color: Theme.text
            }
            ToolSeparator {}
            ToggleSwitch {
                objectName: "pauseReminders"
                text: qsTr("Pause reminders")
                checked: Agenda.schedule.remindersPaused
                Accessible.name: text
                onToggled: Agenda.schedule.remindersPaused = checked
            }
            Item { Layout.fillWidth: true }
            FilterButton {
                id: exportButton
                objectName: "exportButton"
                icon.name: page.visible ? "document-save-symbolic" : ""
                // Icons only where the row would not fit (the tooltip says the rest).
                display: page.width < 900 ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
                text: qsTr("Export to calendar…")
                PlainToolTip {
                    visible: exportButton.hovered && exportButton.display === AbstractButton.IconOnly
                    text: exportButton.text
                }
                Accessible.name: qsTr("Export my schedule to a calendar file")
                Accessible.onPressAction: page.chooseExport()
                onClicked: page.chooseExport()

                // All my conferences, or only this one: asked only when there is a choice.
                Menu {
                    id: exportMenu
                    y: exportButton.height
                    PlainMenuItem {
                        objectName: "exportAll"
                        text: qsTr("All my conferences…")
                        Accessible.name: qsTr("Export the bookmarks of all my conferences")
                        onTriggered: page.openExportDialog(true)
                    }
                    PlainMenuItem {
                        objectName: "exportThis"
                        text: qsTr("Only %1…").arg(Agenda.title)
                        Accessible.name: qsTr("Export only the bookmarks of %1").arg(Agenda.title)
                        onTriggered: page.openExportDialog(false)
                    }
                }
            }
            FilterButton {
                id: importButton
                objectName: "importButton"
                icon.name: page.visible ? "document-open-symbolic" : ""
                display: exportButton.display
                text: qsTr("Import bookmarks…")
                PlainToolTip {
                    visible: importButton.hovered && importButton.display === AbstractButton.IconOnly
                    text: importButton.text
                }
                Accessible.name: qsTr("Import bookmarks from a calendar file")
                Accessible.onPressAction: page.openImportDialog()
                onClicked: page.openImportDialog()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            Layout.fillWidth: true
            warning: true
            text: Agenda.schedule.problem
        }

        Banner {
            id: fileResult
            Layout.fillWidth: true
        }

        // "You had 3 sessions yesterday — mark any to watch later?": on the first start of a day.
        Pane {
            Layout.fillWidth: true
            visible: Agenda.watchLaterPrompt.length > 0
            padding: Theme.spacing
            leftPadding: Theme.margin
            contentItem: RowLayout {
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: Agenda.watchLaterPrompt
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                }
                Button {
                    text: qsTr("Mark all")
                    Accessible.name: qsTr("Mark them all to watch later")
                    Accessible.onPressAction: Agenda.markPromptedForWatchLater()
                    onClicked: Agenda.markPromptedForWatchLater()
                }
                Button {
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose which to watch later")
                    Accessible.onPressAction: page.chooseWatchLater()
                    onClicked: page.chooseWatchLater()
                }
                Button {
                    text: qsTr("Not now")
                    Accessible.name: text
                    Accessible.onPressAction: Agenda.dismissWatchLaterPrompt()
                    onClicked: Agenda.dismissWatchLaterPrompt()
                }
            }
        }

        Banner {
            Layout.fillWidth: true
            visible: page.viewName === "list" || page.viewName === "timeline"
            text: Agenda.mySchedule.clashCount > 0
                  ? qsTr("Some of your sessions overlap: they are marked below; the one you must see leads, a maybe one is its alternative.")
                  : ""
        }

        // The views of My schedule: a toggle group, remembered (Shell.scheduleView).
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: viewRow.implicitHeight + Theme.spacing
            contentWidth: viewRow.implicitWidth + 2 * Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Row {
                id: viewRow
                x: Theme.margin
                y: Theme.spacing / 2
                spacing: 0
                Repeater {
                    model: [
                        ["timeline", qsTr("Day timeline")],
                        ["list", qsTr("List")],
                        ["all", qsTr("All my conferences")],
                        ["watchLater", Agenda.watchLater.count > 0 ? qsTr("Watch later (%1)").arg(Agenda.watchLater.count) : qsTr("Watch later")],
                    ]
                    // One of four, as a segmented control.
                    delegate: SegmentButton {
                        required property var modelData
                        required property int index
                        objectName: "scheduleView_" + modelData[0]
                        first: index === 0
                        last: index === 3
                        text: modelData[1]
                        checked: page.viewName === modelData[0]
                        Accessible.name: qsTr("Show %1").arg(modelData[1])
                        Accessible.onPressAction: page.showView(modelData[0])
                        onClicked: page.showView(modelData[0])
                    }
                }
            }
        }

        DayTimelineView {
            id: timelineView
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.viewName === "timeline"
            onSessionActivated: sessionKey => page.sessionActivated(sessionKey)
        }

        AllConferencesView {
            id: allView
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.viewName === "all"
            onSessionActivated: (conferenceId, sessionKey) => page.openBookmark(conferenceId, sessionKey)
        }

        WatchLaterView {
            id: watchLaterView
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.viewName === "watchLater"
        }

        ListView {
            id: scheduleList
            objectName: "scheduleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.viewName === "list"
            clip: true
            model: Agenda.mySchedule
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            // One list named "My schedule" at a time: the view on screen (the timeline by default).
            Accessible.name: visible ? qsTr("My schedule") : qsTr("My schedule as a list")

            section.property: "timeSlot"
            section.criteria: ViewSection.FullString

            delegate: SessionCard {
                id: card
                required index
                required key
                required title
                required detailLine
                required startTime
                required track
                required dayHeading
                required bookmarked
                required maybe
                required property string clashText
                required property bool clash
                required property string gap
                required property bool inAgenda
                required property string changeNote
                required property bool cancelled
                required property bool ended
                required property bool watchLater
                required property bool timeEstimated
                required property string conferenceId

                // Gone from the feed says it all; else what changed ("Moved from …"; the badge says
                // "Cancelled"), then a clash.
                readonly property string change: cancelled ? "" : changeNote
                note: !inAgenda ? qsTr("No longer in the agenda")
                      : change.length > 0 && clashText.length > 0 ? change + " · " + clashText
                      : change.length > 0 ? change : clashText
                noteIsWarning: note.length > 0
                isCancelled: cancelled
                isMoved: change.length > 0
                isClash: clash && clashText.length > 0
                isPast: ended
                estimated: timeEstimated
                gapText: card.gap
                // After it ended: one click keeps it on the Watch later list.
                actionText: !card.ended ? "" : card.watchLater ? qsTr("On Watch later") : qsTr("Watch later")
                actionAccessibleName: card.watchLater ? qsTr("Take off Watch later: %1").arg(card.title) : qsTr("Watch later: %1").arg(card.title)
                onActionTriggered: sessionKey => Agenda.setWatchLater(card.conferenceId, sessionKey, !card.watchLater)
                onActivated: sessionKey => page.sessionActivated(sessionKey)
                onBookmarkToggled: sessionKey => Agenda.toggleBookmark(sessionKey)
                onLevelChosen: (sessionKey, maybe) => Agenda.setMaybe(sessionKey, maybe)
            }

            Keys.onReturnPressed: page.openCurrent()
            Keys.onEnterPressed: page.openCurrent()
            Keys.onSpacePressed: event => {
                if (!currentItem)
                    return
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
                view: scheduleList
            }

            ScrollBar.vertical: ScrollBar {}

            EmptyState {
                objectName: "scheduleEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: scheduleList.count === 0
                iconName: "non-starred-symbolic"
                text: qsTr("Nothing here yet.\nIn the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.", "",
                           Agenda.schedule.leadMinutes)
                actionText: qsTr("Open the Agenda")
                onActionTriggered: Shell.page = 0
            }
        }
    }

    // Attend's own file dialog (Qt 6.4's QML FileDialog drops a typed name that is not an existing
    // file, so a save through it wrote nothing), made afresh each time so its listing is current.
    Component {
        id: exportDialogComponent
        FileChooserDialog {
            id: exportDialog
            property bool allConferences: false
            title: allConferences ? qsTr("Export the bookmarks of all my conferences") : qsTr("Export the bookmarks of this conference")
            acceptText: qsTr("Save")
            onFileChosen: file => {
                fileResult.text = exportDialog.allConferences ? Agenda.exportAllBookmarks(file)
                                                              : Agenda.exportBookmarks(file)
            }
            onClosed: destroy()
        }
    }

    Component {
        id: importDialogComponent
        FileChooserDialog {
            title: qsTr("Import bookmarks from a calendar file")
            acceptText: qsTr("Import")
            onFileChosen: file => {
                fileResult.text = Agenda.importBookmarks(file)
            }
            onClosed: destroy()
        }
    }

    function chooseExport() {
        if (Agenda.conferencesWithBookmarks() > 1)
            exportMenu.open()
        else
            page.openExportDialog(Agenda.mySchedule.count === 0)
    }

    function openExportDialog(allConferences: bool) {
        const dialog = exportDialogComponent.createObject(page, {
            allConferences: allConferences,
            folder: Agenda.fileDialogFolder(),
            fileName: Agenda.suggestedExportFileName(allConferences)
        }) as FileChooserDialog
        dialog.open()
    }

    function openImportDialog() {
        const dialog = importDialogComponent.createObject(page, {
            folder: Agenda.fileDialogFolder()
        }) as FileChooserDialog
        dialog.open()
    }

    function focusList() {
        scheduleList.forceActiveFocus()
        if (scheduleList.currentIndex < 0 && scheduleList.count > 0)
            scheduleList.currentIndex = 0
    }

    function showView(name: string) {
        Shell.scheduleView = name
        focusLater.restart()
    }

    function chooseWatchLater() {
        Agenda.dismissWatchLaterPrompt()
        showView("list")
    }

    function openCurrent() {
        if (scheduleList.currentItem)
            page.sessionActivated((scheduleList.currentItem as SessionCard).key)
    }
}
