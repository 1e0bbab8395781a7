pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
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

    // The dialogs are made afresh each time: Qt 6.4's own FileDialog keeps the folder listing and the
    // name of its first opening otherwise. Qt's QML dialog (no desktop file chooser) shows a file-name
    // field only in SaveFile mode, so import uses that mode too, with "Import" on its button.
    Component {
        id: exportDialogComponent
        FileDialog {
            property bool allConferences: false
            // Our words only: the dialog's title label guesses rich text, so no feed text goes there.
            title: allConferences ? qsTr("Export the bookmarks of all my conferences") : qsTr("Export the bookmarks of this conference")
            fileMode: FileDialog.SaveFile
            acceptLabel: qsTr("Save")
            defaultSuffix: "ics"
            nameFilters: [qsTr("Calendar files (*.ics)"), qsTr("All files (*)")]
            onAccepted: {
                const file = page.chosenFile(this as FileDialog)
                fileResult.text = allConferences ? Agenda.exportAllBookmarks(file)
                                                 : Agenda.exportBookmarks(file)
                destroy()
            }
            onRejected: destroy()
        }
    }

    Component {
        id: importDialogComponent
        FileDialog {
            title: qsTr("Import bookmarks from a calendar file")
            fileMode: FileDialog.SaveFile
            acceptLabel: qsTr("Import")
            nameFilters: [qsTr("Calendar files (*.ics)"), qsTr("All files (*)")]
            onAccepted: {
                fileResult.text = Agenda.importBookmarks(page.chosenFile(this as FileDialog))
                destroy()
            }
            onRejected: destroy()
        }
    }

    function chooseExport() {
        if (Agenda.conferencesWithBookmarks() > 1)
            exportMenu.open()
        else
            page.openExportDialog(Agenda.mySchedule.count === 0)
    }

    function openExportDialog(allConferences: bool) {
        const suggested = Agenda.suggestedExportFileName(allConferences)
        const dialog = exportDialogComponent.createObject(page, {
            allConferences: allConferences,
            currentFolder: Agenda.fileDialogFolder()
        }) as FileDialog
        dialog.open()
        // Qt 6.4's own dialog refuses a selectedFile that does not exist yet ("Cannot set … as a
        // selected file"), so the suggested name goes into its file-name field once it is shown.
        fillNameLater.name = suggested
        fillNameLater.tries = 0
        fillNameLater.restart()
    }

    // The dialog's items are made as it opens: look for the field a few times, briefly.
    Timer {
        id: fillNameLater
        property string name
        property int tries: 0
        interval: 20
        onTriggered: {
            if (!page.fillFileName(name) && ++tries < 25)
                restart()
        }
    }

    function fillFileName(name: string): bool {
        const field = page.findByObjectName(Overlay.overlay, "fileNameTextField", false) as TextField
        if (!field)
            return false
        if (field.text.length === 0)
            field.text = name
        return true
    }

    // Qt 6.4's own dialog drops a typed name that is not an existing file ("Cannot set … as a
    // selected file") and accepts with an empty selectedFile: the issue's "Could not write :". The
    // name is then read from its field, in the folder it shows.
    function chosenFile(dialog: FileDialog): url {
        if (dialog.selectedFile.toString().length > 0)
            return dialog.selectedFile
        const field = page.findByObjectName(Overlay.overlay, "fileNameTextField", true) as TextField
        if (!field || field.text.length === 0)
            return ""
        const folder = dialog.currentFolder.toString()
        return folder + (folder.endsWith("/") ? "" : "/") + encodeURIComponent(field.text)
    }

    function findByObjectName(item: Item, name: string, hiddenToo: bool): Item {
        if (!item)
            return null
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name && (child.visible || hiddenToo))
                return child
            const found = page.findByObjectName(child, name, hiddenToo)
            if (found)
                return found
        }
        return null
    }

    function openImportDialog() {
        const dialog = importDialogComponent.createObject(page, {
            currentFolder: Agenda.fileDialogFolder()
        }) as FileDialog
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
