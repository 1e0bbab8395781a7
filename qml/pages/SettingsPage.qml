pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Settings: reminders, the zone "my time" means, and starting with the desktop.
Page {
    id: page

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
}
