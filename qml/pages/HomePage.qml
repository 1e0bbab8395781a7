pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The pages, as tabs: the agenda, the person's own schedule, what is on now, the speakers,
// settings and about (Ctrl+1 … Ctrl+6).
Page {
    id: home

    signal sessionActivated(string sessionKey)
    signal conferenceRequested()

    property alias currentTab: tabs.currentIndex
    /** The page on screen by the name its tab shows (for "‹ Now & Next" on the page opened from it). */
    readonly property string currentTabName: [qsTr("Agenda"), qsTr("My schedule"), qsTr("Now & Next"), qsTr("Speakers"),
                                              qsTr("Settings"), qsTr("About")][tabs.currentIndex] ?? ""

    Timer {
        id: focusLater
        interval: 0
        onTriggered: home.focusCurrentPage()
    }

    // Every page puts the keyboard on its list when it is shown: Down moves, Enter opens *its* row.
    function focusCurrentPage() {
        const page = pages.children[tabs.currentIndex]
        const item = page instanceof Loader ? (page as Loader).item : page
        if (item && typeof item.focusList === "function")
            item.focusList()
        else if (item)
            item.forceActiveFocus()
    }

    header: TabBar {
        id: tabs
        Accessible.name: qsTr("Pages")
        onCurrentIndexChanged: focusLater.restart()

        TabButton {
            text: qsTr("Agenda")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("Agenda (Ctrl+1)")
            Accessible.onPressAction: tabs.currentIndex = 0
        }
        TabButton {
            objectName: "myScheduleTab"
            text: Agenda.mySchedule.count > 0 ? qsTr("My schedule (%1)").arg(Agenda.mySchedule.count) : qsTr("My schedule")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("My schedule (Ctrl+2)")
            Accessible.onPressAction: tabs.currentIndex = 1
        }
        TabButton {
            objectName: "nowNextTab"
            text: Agenda.nowNext.nowCount > 0 ? qsTr("Now && Next (%1)").arg(Agenda.nowNext.nowCount) : qsTr("Now && Next")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("Now and next (Ctrl+3)")
            Accessible.onPressAction: tabs.currentIndex = 2
        }
        TabButton {
            text: qsTr("Speakers")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("Speakers (Ctrl+4)")
            Accessible.onPressAction: tabs.currentIndex = 3
        }
        TabButton {
            text: qsTr("Settings")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("Settings (Ctrl+5)")
            Accessible.onPressAction: tabs.currentIndex = 4
        }
        TabButton {
            text: qsTr("About")
            width: implicitWidth + 2 * Theme.margin
            Accessible.name: qsTr("About Attend (Ctrl+6)")
            Accessible.onPressAction: tabs.currentIndex = 5
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
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: tabs.currentIndex = 2
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: tabs.currentIndex = 3
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: tabs.currentIndex = 4
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: tabs.currentIndex = 5
    }

    StackLayout {
        id: pages
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        AgendaPage {
            id: agendaPage
            objectName: "agendaPage"
            onSessionActivated: sessionKey => home.sessionActivated(sessionKey)
            onConferenceRequested: home.conferenceRequested()
        }

        SchedulePage {
            objectName: "schedulePage"
            onSessionActivated: sessionKey => home.sessionActivated(sessionKey)
        }

        // The pages not shown at start are built the first time they are opened: quicker start-up.
        Loader {
            objectName: "nowNextPage"
            active: tabs.currentIndex === 2 || status === Loader.Ready
            source: "NowNextPage.qml"
            onLoaded: {
                focusLater.restart()
                const page = item as NowNextPage
                page.sessionActivated.connect(home.sessionActivated)
                page.firstDayRequested.connect(dayIndex => {
                    agendaPage.showDay(dayIndex)
                    tabs.currentIndex = 0
                })
            }
        }

        Loader {
            objectName: "speakersPage"
            active: tabs.currentIndex === 3 || status === Loader.Ready
            source: "SpeakersPage.qml"
            onLoaded: {
                (item as SpeakersPage).sessionActivated.connect(home.sessionActivated)
                focusLater.restart()
            }
        }

        Loader {
            objectName: "settingsPage"
            active: tabs.currentIndex === 4 || status === Loader.Ready
            source: "SettingsPage.qml"
        }

        Loader {
            objectName: "aboutPage"
            active: tabs.currentIndex === 5 || status === Loader.Ready
            source: "AboutPage.qml"
        }
    }
}
