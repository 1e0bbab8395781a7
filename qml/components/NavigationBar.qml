pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Where the person is: Agenda, My schedule, Now & Next, Speakers (Ctrl+1 … Ctrl+4). A sidebar
// with icons and counts on a wide window; in a narrow one (compact) the same buttons side by side
// above the page, so the page keeps the whole width.
Pane {
    id: bar

    /** The place shown; the buttons ask for another with chosen(). */
    property int currentIndex: 0
    property bool compact: false
    signal chosen(int index)
    /** The place names, in order, as the buttons show them (for "‹ Now & Next" on pages opened from one). */
    readonly property var names: [qsTr("Agenda"), qsTr("My schedule"), qsTr("Now & Next"), qsTr("Speakers")]

    padding: Theme.spacing
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    background: Rectangle {
        color: Theme.window
        Rectangle {
            // The rule between the navigation and the page: right of a sidebar, under a top bar.
            color: Theme.cardBorder
            width: bar.compact ? parent.width : 1
            height: bar.compact ? 1 : parent.height
            x: bar.compact || bar.mirrored ? 0 : parent.width - 1
            y: bar.compact ? parent.height - 1 : 0
        }
    }

    contentItem: GridLayout {
        columns: bar.compact ? 4 : 1
        rowSpacing: 2
        columnSpacing: Theme.spacing

        NavButton {
            objectName: "agendaTab"
            Layout.fillWidth: true
            compact: bar.compact
            text: bar.names[0]
            iconName: "x-office-calendar-symbolic"
            count: Agenda.sessionCount
            checked: bar.currentIndex === 0
            Accessible.name: qsTr("Agenda (Ctrl+1)")
            Accessible.onPressAction: bar.chosen(0)
            onClicked: bar.chosen(0)
        }
        NavButton {
            objectName: "myScheduleTab"
            Layout.fillWidth: true
            compact: bar.compact
            text: bar.names[1]
            iconName: "starred-symbolic"
            count: Agenda.mySchedule.count
            checked: bar.currentIndex === 1
            Accessible.name: qsTr("My schedule (Ctrl+2)")
            Accessible.onPressAction: bar.chosen(1)
            onClicked: bar.chosen(1)
        }
        NavButton {
            objectName: "nowNextTab"
            Layout.fillWidth: true
            compact: bar.compact
            text: bar.names[2]
            iconName: "appointment-soon-symbolic"
            count: Agenda.nowNext.nowCount
            checked: bar.currentIndex === 2
            Accessible.name: qsTr("Now and next (Ctrl+3)")
            Accessible.onPressAction: bar.chosen(2)
            onClicked: bar.chosen(2)
        }
        NavButton {
            objectName: "speakersTab"
            Layout.fillWidth: true
            compact: bar.compact
            text: bar.names[3]
            iconName: "system-users-symbolic"
            checked: bar.currentIndex === 3
            Accessible.name: qsTr("Speakers (Ctrl+4)")
            Accessible.onPressAction: bar.chosen(3)
            onClicked: bar.chosen(3)
        }
        // The sidebar's free space below the buttons.
        Item {
            visible: !bar.compact
            Layout.fillHeight: true
        }
    }
}
