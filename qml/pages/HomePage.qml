pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The two lists a person lives in: the whole agenda and their own schedule (Ctrl+1, Ctrl+2).
Page {
    id: home

    signal sessionActivated(string sessionKey)
    signal conferenceRequested()

    property alias currentTab: tabs.currentIndex

    header: TabBar {
        id: tabs
        Accessible.name: qsTr("Pages")

        TabButton {
            text: qsTr("Agenda")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("Agenda (Ctrl+1)")
        }
        TabButton {
            objectName: "myScheduleTab"
            text: Agenda.mySchedule.count > 0 ? qsTr("My schedule (%1)").arg(Agenda.mySchedule.count) : qsTr("My schedule")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("My schedule (Ctrl+2)")
        }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: tabs.currentIndex = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: tabs.currentIndex = 1
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        AgendaPage {
            objectName: "agendaPage"
            onSessionActivated: sessionKey => home.sessionActivated(sessionKey)
            onConferenceRequested: home.conferenceRequested()
        }

        SchedulePage {
            objectName: "schedulePage"
            onSessionActivated: sessionKey => home.sessionActivated(sessionKey)
        }
    }
}
