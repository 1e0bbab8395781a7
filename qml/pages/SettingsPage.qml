pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Attend

// Settings: reminders, the zone "my time" means, and starting with the desktop.
Page {
    id: page

    /** Where Back goes, by the name the person knows it ("‹ Agenda"). */
    property string backTo: qsTr("Agenda")
    signal backRequested()

    title: qsTr("Settings")

    header: BackHeader {
        backTo: page.backTo
        title: page.title
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: form.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: form
            x: Math.max(Theme.margin, (flick.width - width) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.contentMaxWidth)
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing

            Label {
                Layout.columnSpan: 2
                text: qsTr("Reminders")
                textFormat: Text.PlainText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Remind me before a session")
                textFormat: Text.PlainText
            }
            RowLayout {
                SpinBox {
                    objectName: "leadMinutes"
                    from: 0
                    to: 60
                    editable: true
                    value: Agenda.schedule.leadMinutes
                    Accessible.name: qsTr("Minutes before a session to remind me")
                    onValueModified: Agenda.schedule.leadMinutes = value
                    FocusRing {
                        target: parent
                    }
                }
                Label {
                    text: qsTr("minutes", "", Agenda.schedule.leadMinutes)
                    textFormat: Text.PlainText
                }
            }
            Label {
                text: qsTr("Pause all reminders")
                textFormat: Text.PlainText
            }
            Switch {
                checked: Agenda.schedule.remindersPaused
                Accessible.name: qsTr("Pause all reminders")
                onToggled: Agenda.schedule.remindersPaused = checked
                FocusRing {
                    target: parent
                }
            }
            Label {
                text: qsTr("Also tell me when a session starts")
                textFormat: Text.PlainText
            }
            ComboBox {
                objectName: "startingNow"
                // Indexes are PersonalSchedule's startingNow values: 0 never, 1 with a Join link, 2 always.
                model: [qsTr("Never"), qsTr("For sessions I can join online"), qsTr("For every bookmarked session")]
                currentIndex: Agenda.schedule.startingNow
                Accessible.name: qsTr("Also tell me when a session starts")
                onActivated: index => Agenda.schedule.startingNow = index
                FocusRing {
                    target: parent
                }
            }
            Label {
                text: qsTr("Remind me of maybe sessions too")
                textFormat: Text.PlainText
            }
            Switch {
                objectName: "remindMaybe"
                checked: Agenda.schedule.remindMaybe
                Accessible.name: qsTr("Remind me of sessions bookmarked as maybe too")
                onToggled: Agenda.schedule.remindMaybe = checked
                FocusRing {
                    target: parent
                }
            }

            Label {
                Layout.columnSpan: 2
                Layout.topMargin: Theme.margin
                text: qsTr("Live calendar")
                textFormat: Text.PlainText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: qsTr("Attend keeps a calendar file of your bookmarks in every conference you follow, updated within a second of each change: new bookmarks appear, moved sessions move, cancelled ones are marked cancelled. Subscribe to it once from your calendar app.")
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
            }
            Label {
                text: qsTr("Keep the calendar file")
                textFormat: Text.PlainText
            }
            Switch {
                objectName: "liveCalendarOn"
                checked: Shell.liveCalendarOn
                Accessible.name: qsTr("Keep a live calendar file of my bookmarks")
                onToggled: Shell.liveCalendarOn = checked
                FocusRing {
                    target: parent
                }
            }
            Label {
                text: qsTr("File")
                textFormat: Text.PlainText
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    objectName: "liveCalendarPath"
                    Layout.fillWidth: true
                    readOnly: true
                    text: Shell.liveCalendarPath
                    Accessible.name: qsTr("Calendar file path")
                    FocusRing {
                        target: parent
                    }
                }
                Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy the calendar file's path")
                    Accessible.onPressAction: Shell.copyText(Shell.liveCalendarPath)
                    onClicked: Shell.copyText(Shell.liveCalendarPath)
                    FocusRing {
                        target: parent
                    }
                }
                Button {
                    text: qsTr("Choose…")
                    Accessible.name: qsTr("Choose where the calendar file is kept")
                    Accessible.onPressAction: page.chooseCalendarFile()
                    onClicked: page.chooseCalendarFile()
                    FocusRing {
                        target: parent
                    }
                }
                Button {
                    text: qsTr("Default")
                    Accessible.name: qsTr("Keep the calendar file in its default place")
                    Accessible.onPressAction: Shell.chooseLiveCalendarFile("")
                    onClicked: Shell.chooseLiveCalendarFile("")
                    FocusRing {
                        target: parent
                    }
                }
            }
            Label {
                text: qsTr("Alarms in the calendar")
                textFormat: Text.PlainText
            }
            Switch {
                objectName: "liveCalendarAlarms"
                checked: Shell.liveCalendarAlarms
                Accessible.name: qsTr("Add alarms to must-see sessions in the calendar file, at the reminder time")
                onToggled: Shell.liveCalendarAlarms = checked
                FocusRing {
                    target: parent
                }
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: Shell.liveCalendarProblem.length > 0
                text: Shell.liveCalendarProblem
                textFormat: Text.PlainText
                color: Theme.warningColor
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "subscribeHowTo"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: qsTr("How to subscribe:\n"
                           + "• Evolution: File → New → Calendar, type “On the web”, URL file://%1 — it re-reads the file on its refresh interval.\n"
                           + "• Thunderbird: Calendar → New Calendar → On the Network, format iCalendar (ICS), location file://%1, and set “Refresh calendar” to every minute.\n"
                           + "• KOrganizer: Settings → Configure KOrganizer → Calendars → Add → “ICal Calendar File”, the path above, read-only; it follows the file as it changes.\n"
                           + "• GNOME Calendar: it subscribes only to web addresses (https://, webcal://), not to a file: add the file to Evolution instead — GNOME Calendar shows Evolution's calendars.")
                          .arg(Shell.liveCalendarPath)
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                opacity: Theme.secondaryOpacity
            }

            Label {
                Layout.columnSpan: 2
                Layout.topMargin: Theme.margin
                text: qsTr("Time zone")
                textFormat: Text.PlainText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Show times in")
                textFormat: Text.PlainText
            }
            ComboBox {
                Layout.fillWidth: true
                model: [qsTr("My time"), qsTr("The event's time")]
                currentIndex: Agenda.formatter.useEventZone ? 1 : 0
                Accessible.name: qsTr("Show times in: %1").arg(currentText)
                onActivated: index => Agenda.formatter.useEventZone = index === 1
                FocusRing {
                    target: parent
                }
            }
            Label {
                text: qsTr("My time zone")
                textFormat: Text.PlainText
            }
            TextField {
                id: zoneField
                Layout.fillWidth: true
                text: Agenda.formatter.viewerZoneName
                placeholderText: qsTr("This computer's: %1").arg(Agenda.formatter.systemZoneName)
                Accessible.name: qsTr("My time zone, an IANA name such as Europe/Berlin; empty for this computer's")
                onEditingFinished: {
                    zoneError.visible = !Agenda.formatter.setViewerZoneId(text)
                    if (!zoneError.visible)
                        text = Agenda.formatter.viewerZoneName
                }
                FocusRing {
                    target: parent
                }
            }
            Label {
                id: zoneError
                Layout.columnSpan: 2
                visible: false
                text: qsTr("Unknown time zone. Use a name such as Europe/Berlin or America/Los_Angeles; leave it empty for this computer's zone.")
                textFormat: Text.PlainText
                color: Theme.warningColor
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            Label {
                Layout.columnSpan: 2
                Layout.topMargin: Theme.margin
                text: qsTr("Agenda feeds")
                textFormat: Text.PlainText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Check for updates every")
                textFormat: Text.PlainText
            }
            RowLayout {
                SpinBox {
                    objectName: "refreshMinutes"
                    from: 5
                    to: 1440
                    stepSize: 5
                    editable: true
                    value: AppSettings.refreshMinutes
                    Accessible.name: qsTr("Minutes between checks for agenda updates")
                    onValueModified: AppSettings.refreshMinutes = value
                    FocusRing {
                        target: parent
                    }
                }
                Label {
                    text: qsTr("minutes", "", AppSettings.refreshMinutes)
                    textFormat: Text.PlainText
                }
            }

            Label {
                Layout.columnSpan: 2
                Layout.topMargin: Theme.margin
                text: qsTr("Desktop")
                textFormat: Text.PlainText
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Start at login, in the tray")
                textFormat: Text.PlainText
            }
            Switch {
                objectName: "startAtLogin"
                checked: Shell.startAtLogin
                Accessible.name: qsTr("Start Attend at login, hidden in the tray")
                onToggled: Shell.startAtLogin = checked
                FocusRing {
                    target: parent
                }
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: Shell.settingsProblem.length > 0
                text: Shell.settingsProblem
                textFormat: Text.PlainText
                color: Theme.warningColor
                wrapMode: Text.WordWrap
            }
        }
    }

    function chooseCalendarFile() {
        // Created afresh each time: Qt 6.4's FileDialog keeps a stale folder listing otherwise.
        const dialog = calendarDialog.createObject(page) as FileDialog
        dialog.open()
    }

    Component {
        id: calendarDialog
        FileDialog {
            title: qsTr("Keep the calendar file at")
            fileMode: FileDialog.SaveFile
            acceptLabel: qsTr("Use")
            defaultSuffix: "ics"
            nameFilters: [qsTr("Calendar files (*.ics)")]
            onAccepted: {
                Shell.chooseLiveCalendarFile(selectedFile)
                destroy()
            }
            onRejected: destroy()
        }
    }
}
