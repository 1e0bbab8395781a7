pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Attend's own small file dialog, for saving and opening calendar files. Qt 6.4's QML FileDialog
// (used when there is no desktop file chooser) drops a typed name that is not an existing file, so
// a save through it writes nothing. This one: the folder, its subfolders and .ics files, a file-name
// field and the accept button (Save or Import). Made afresh each time, so the listing is current.
AttendDialog {
    id: dialog
    objectName: "fileChooserDialog"

    /** The folder shown; subfolders open by a click or Enter. */
    property url folder
    /** What the name field starts with (a suggested file name when saving). */
    property string fileName
    /** The button's word: "Save", "Import". */
    property string acceptText: qsTr("Save")
    /** Only .ics files in the list (folders are always listed). */
    property bool calendarsOnly: true

    /** The person chose this file (not checked for existence: the caller says what went wrong). */
    signal fileChosen(url file)

    property var entries: []

    focus: true
    width: Math.min(560, parent ? parent.width - 2 * Theme.margin : 560)
    height: Math.min(480, parent ? parent.height - 2 * Theme.margin : 480)
    closePolicy: Popup.CloseOnEscape

    function refresh() {
        dialog.entries = Agenda.folderEntries(dialog.folder, dialog.calendarsOnly)
        entryList.currentIndex = -1
    }

    function openFolder(target: url) {
        dialog.folder = target
        dialog.refresh()
    }

    // The typed name: a folder opens, anything else is the chosen file.
    function acceptName() {
        const file = Agenda.fileInFolder(dialog.folder, nameField.text)
        if (Agenda.localPath(file).length === 0)
            return
        if (Agenda.isFolder(file)) {
            nameField.text = ""
            dialog.openFolder(file)
            return
        }
        dialog.fileChosen(file)
        dialog.close()
    }

    function activateEntry(index: int) {
        const entry = dialog.entries[index]
        if (!entry)
            return
        if (entry.isFolder)
            dialog.openFolder(entry.url)
        else {
            nameField.text = entry.name
            dialog.acceptName()
        }
    }

    Component.onCompleted: dialog.refresh()

    onOpened: {
        nameField.forceActiveFocus()
        // The name without its ".ics" selected, as desktop save dialogs do: typing replaces it.
        const dot = nameField.text.lastIndexOf(".")
        nameField.select(0, dot > 0 ? dot : nameField.text.length)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "parentFolderButton"
                text: qsTr("Up")
                Accessible.name: qsTr("Go to the folder above")
                onClicked: dialog.openFolder(Agenda.parentFolder(dialog.folder))
                FocusRing {
                    target: parent
                }
            }
            Label {
                objectName: "folderLabel"
                Layout.fillWidth: true
                text: qsTr("In %1").arg(Agenda.localPath(dialog.folder))
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
            }
        }

        ListView {
            id: entryList
            objectName: "fileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: dialog.entries
            currentIndex: -1
            keyNavigationEnabled: true
            activeFocusOnTab: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: dialog.calendarsOnly ? qsTr("Folders and calendar files") : qsTr("Folders and files")
            highlight: Rectangle {
                color: dialog.palette.highlight
                opacity: 0.3
            }

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                text: row.modelData.isFolder ? qsTr("%1/").arg(row.modelData.name) : row.modelData.name
                Accessible.role: Accessible.ListItem
                Accessible.name: row.modelData.isFolder ? qsTr("Folder %1").arg(row.modelData.name) : row.modelData.name
                Accessible.onPressAction: dialog.activateEntry(row.index)
                contentItem: Text {
                    text: row.text
                    textFormat: Text.PlainText
                    font.bold: row.modelData.isFolder
                    color: row.palette.text
                    elide: Text.ElideMiddle
                    verticalAlignment: Text.AlignVCenter
                }
                // One click picks a file's name (or opens a folder); a double click on a file chooses it.
                onClicked: {
                    entryList.currentIndex = row.index
                    if (row.modelData.isFolder)
                        dialog.openFolder(row.modelData.url)
                    else
                        nameField.text = row.modelData.name
                }
                onDoubleClicked: dialog.activateEntry(row.index)
            }

            Keys.onReturnPressed: dialog.activateEntry(currentIndex)
            Keys.onEnterPressed: dialog.activateEntry(currentIndex)
            // Moving through the files by keyboard picks their names; the list's own start at row 0 does not.
            onCurrentIndexChanged: {
                if (!activeFocus)
                    return
                const entry = dialog.entries[currentIndex]
                if (entry && !entry.isFolder)
                    nameField.text = entry.name
            }

            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                visible: entryList.count === 0
                text: dialog.calendarsOnly ? qsTr("No calendar files (.ics) here") : qsTr("This folder is empty")
                textFormat: Text.PlainText
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("File name:")
                textFormat: Text.PlainText
            }
            TextField {
                id: nameField
                objectName: "fileNameTextField"
                text: dialog.fileName
                Layout.fillWidth: true
                selectByMouse: true
                placeholderText: dialog.calendarsOnly ? qsTr("name.ics") : ""
                Accessible.name: qsTr("File name")
                Accessible.description: dialog.calendarsOnly ? qsTr("Calendar files (.ics)") : ""
                onAccepted: dialog.acceptName()
                FocusRing {
                    target: parent
                }
            }
        }
    }

    footer: DialogButtons {
        ActionButton {
            objectName: "fileAcceptButton"
            primary: true
            text: dialog.acceptText
            enabled: nameField.text.trim().length > 0
            Accessible.onPressAction: dialog.acceptName()
            onClicked: dialog.acceptName()
        }
        ActionButton {
            objectName: "fileCancelButton"
            text: qsTr("Cancel")
            Accessible.onPressAction: dialog.reject()
            onClicked: dialog.reject()
        }
    }
}
