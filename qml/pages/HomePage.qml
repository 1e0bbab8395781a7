pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// The main window's content: the header bar, the navigation (a sidebar on a wide window, a row
// of buttons on a narrow one) and the four places: the agenda, the person's own schedule, what
// is on now, the speakers (Ctrl+1 … Ctrl+4). Settings and About open from the main menu.
Page {
    id: home

    signal sessionActivated(string sessionKey)
    signal conferenceRequested()
    signal settingsRequested()
    signal aboutRequested()
    signal shortcutsRequested()

    /** 0 Agenda, 1 My schedule, 2 Now & Next, 3 Speakers. */
    property int currentTab: 0
    /** The page on screen by the name its button shows (for "‹ Now & Next" on the page opened from it). */
    readonly property string currentTabName: navigation.names[home.currentTab] ?? ""
    /** Below this width the sidebar becomes a row above the page. */
    readonly property bool compact: width < 800

    Timer {
        id: focusLater
        interval: 0
        onTriggered: home.focusCurrentPage()
    }

    onCurrentTabChanged: focusLater.restart()

    // Every page puts the keyboard on its list when it is shown: Down moves, Enter opens *its* row.
    function focusCurrentPage() {
        const page = pages.children[home.currentTab]
        const item = page instanceof Loader ? (page as Loader).item : page
        if (item && typeof item.focusList === "function")
            item.focusList()
        else if (item)
            item.forceActiveFocus()
    }

    function openExport() {
        home.currentTab = 1 // the page is made, if it was not yet
        (schedulePage.item as SchedulePage).chooseExport()
    }

    function openImport() {
        home.currentTab = 1
        (schedulePage.item as SchedulePage).openImportDialog()
    }

    header: HeaderBar {
        id: headerBar
        // Typing a search shows the agenda, where the matches are.
        onSearchEdited: home.currentTab = 0
        onSearchLeft: {
            home.currentTab = 0
            agendaPage.focusList()
        }
        onConferenceAboutRequested: home.conferenceRequested()
        onAddConferenceRequested: addDialog.open()
        onRemoveConferenceRequested: (conferenceId, title) => {
            removeDialog.openWith({ conferenceId: conferenceId, conferenceTitle: title })
        }
        onExportRequested: home.openExport()
        onImportRequested: home.openImport()
        onSettingsRequested: home.settingsRequested()
        onShortcutsRequested: home.shortcutsRequested()
        onAboutRequested: home.aboutRequested()
    }

    Shortcut {
        sequence: "Ctrl+F"
        onActivated: headerBar.focusSearch()
    }

    // Escape clears the search wherever the focus is; with no search it is left to the window (back).
    Shortcut {
        sequence: "Escape"
        enabled: home.visible && headerBar.searchText.length > 0
        onActivated: {
            headerBar.clearSearch()
            home.currentTab = 0
            agendaPage.focusList()
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: addDialog.open()
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: home.currentTab = 0
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: home.currentTab = 1
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: home.currentTab = 2
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: home.currentTab = 3
    }

    GridLayout {
        anchors.fill: parent
        columns: home.compact ? 1 : 2
        rowSpacing: 0
        columnSpacing: 0

        NavigationBar {
            id: navigation
            objectName: "navigation"
            compact: home.compact
            Layout.fillHeight: !home.compact
            Layout.fillWidth: home.compact
            Layout.preferredWidth: home.compact ? -1 : 200
            currentIndex: home.currentTab
            onChosen: index => home.currentTab = index
        }

        StackLayout {
            id: pages
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: home.currentTab

            AgendaPage {
                id: agendaPage
                objectName: "agendaPage"
                searchText: headerBar.searchText
                onSearchClearRequested: headerBar.clearSearch()
                onSessionActivated: sessionKey => home.sessionActivated(sessionKey)
            }

            // The pages not shown at start are built the first time they are opened: quicker start-up.
            Loader {
                id: schedulePage
                objectName: "schedulePage"
                active: home.currentTab === 1 || status === Loader.Ready
                source: "SchedulePage.qml"
                onLoaded: {
                    (item as SchedulePage).sessionActivated.connect(home.sessionActivated)
                    focusLater.restart()
                }
            }

            Loader {
                objectName: "nowNextPage"
                active: home.currentTab === 2 || status === Loader.Ready
                source: "NowNextPage.qml"
                onLoaded: {
                    focusLater.restart()
                    const page = item as NowNextPage
                    page.sessionActivated.connect(home.sessionActivated)
                    page.firstDayRequested.connect(dayIndex => {
                        agendaPage.showDay(dayIndex)
                        home.currentTab = 0
                    })
                }
            }

            Loader {
                objectName: "speakersPage"
                active: home.currentTab === 3 || status === Loader.Ready
                source: "SpeakersPage.qml"
                onLoaded: {
                    (item as SpeakersPage).sessionActivated.connect(home.sessionActivated)
                    focusLater.restart()
                }
            }
        }
    }

    // The dialogs are made the first time they open (LazyPopup): not before the first frame.
    LazyPopup {
        id: addDialog
        file: Qt.resolvedUrl("../dialogs/AddConferenceDialog.qml")
        // A feed given on the command line (or by a second launch) that claims a conference the
        // person has is not added until they answer; the question may come before this page exists.
        Component.onCompleted: {
            if (AddConference.probeQuestion.length > 0)
                addDialog.open()
        }
    }

    Connections {
        target: AddConference
        function onQuestionAsked() {
            addDialog.open()
        }
    }

    LazyPopup {
        id: removeDialog
        file: Qt.resolvedUrl("../dialogs/RemoveConferenceDialog.qml")
    }
}
