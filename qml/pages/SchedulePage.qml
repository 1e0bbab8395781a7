pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// My schedule: the bookmarked sessions by day and time, clashes marked on both sides, free time
// between them, and the reminder settings.
Page {
    id: page

    signal sessionActivated(string sessionKey)

    readonly property alias visibleCount: scheduleList.count

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            Label {
                text: qsTr("Remind me")
                textFormat: Text.PlainText
            }
            SpinBox {
                id: leadBox
                from: 0
                to: 60
                editable: true
                value: Agenda.schedule.leadMinutes
                Accessible.name: qsTr("Minutes before a session to remind me")
                onValueModified: Agenda.schedule.leadMinutes = value
            }
            Label {
                text: qsTr("min before")
                textFormat: Text.PlainText
            }
            Switch {
                text: qsTr("Pause reminders")
                checked: Agenda.schedule.remindersPaused
                Accessible.name: text
                onToggled: Agenda.schedule.remindersPaused = checked
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                id: exportButton
                objectName: "exportButton"
                text: qsTr("Export to calendar…")
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
            ToolButton {
                objectName: "importButton"
                text: qsTr("Import bookmarks…")
                Accessible.name: qsTr("Import bookmarks from a calendar file")
                Accessible.onPressAction: page.openImportDialog()
                onClicked: page.openImportDialog()
            }
            ZoneSwitch {
                formatter: Agenda.formatter
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Banner {
            Layout.fillWidth: true
            text: Agenda.schedule.problem
        }

        Banner {
            id: fileResult
            Layout.fillWidth: true
        }

        Banner {
            Layout.fillWidth: true
            text: Agenda.mySchedule.clashCount > 0
                  ? qsTr("Some of your sessions overlap: they are marked below.")
                  : ""
        }

        ListView {
            id: scheduleList
            objectName: "scheduleList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: Agenda.mySchedule
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My schedule")

            section.property: "timeSlot"
            section.criteria: ViewSection.FullString

            delegate: SessionDelegate {
                id: card
                required property string clashText
                required property string gap
                required property bool inAgenda
                required property string changeNote

                // Gone from the feed says it all; else what changed ("Cancelled", "Moved from …"), then a clash.
                note: !inAgenda ? qsTr("No longer in the agenda")
                      : changeNote.length > 0 && clashText.length > 0 ? changeNote + " · " + clashText
                      : changeNote.length > 0 ? changeNote : clashText
                noteIsWarning: note.length > 0
                gapText: card.gap
                onActivated: sessionKey => page.sessionActivated(sessionKey)
                onBookmarkToggled: sessionKey => Agenda.toggleBookmark(sessionKey)
            }

            Keys.onReturnPressed: page.openCurrent()
            Keys.onEnterPressed: page.openCurrent()
            Keys.onSpacePressed: {
                if (currentItem)
                    Agenda.toggleBookmark((currentItem as SessionDelegate).key)
            }
            onActiveFocusChanged: {
                if (activeFocus && currentIndex < 0 && count > 0)
                    currentIndex = 0
            }

            KeyFollower {
                view: scheduleList
            }

            ScrollBar.vertical: ScrollBar {}

            Label {
                objectName: "scheduleEmpty"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: scheduleList.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Nothing here yet.\nIn the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.", "",
                           Agenda.schedule.leadMinutes)
                textFormat: Text.PlainText
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

    function openCurrent() {
        if (scheduleList.currentItem)
            page.sessionActivated((scheduleList.currentItem as SessionDelegate).key)
    }
}
