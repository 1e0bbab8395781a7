pragma ComponentBehavior: Bound

import QtQml
import QtQuick
import QtQuick.Controls
import Attend

ApplicationWindow {
    id: window

    width: 1000
    height: 720
    minimumWidth: 420
    minimumHeight: 360
    visible: !Shell.startHidden
    title: qsTr("Attend")

    // Follow the desktop's palette, light or dark: Qt 6.4's Fusion keeps its own light palette for
    // Qt Quick unless told, so the window takes every role from the system palette.
    SystemPalette {
        id: systemPalette
        colorGroup: SystemPalette.Active
    }
    palette.window: systemPalette.window
    palette.windowText: systemPalette.windowText
    palette.base: systemPalette.base
    palette.alternateBase: systemPalette.alternateBase
    palette.text: systemPalette.text
    palette.button: systemPalette.button
    palette.buttonText: systemPalette.buttonText
    palette.highlight: systemPalette.highlight
    palette.highlightedText: systemPalette.highlightedText
    palette.light: systemPalette.light
    palette.midlight: systemPalette.midlight
    palette.mid: systemPalette.mid
    palette.dark: systemPalette.dark
    palette.shadow: systemPalette.shadow
    palette.placeholderText: systemPalette.placeholderText

    // With a tray, closing keeps Attend running there (reminders stay armed); without one, it quits.
    onClosing: close => {
        if (Shell.trayAvailable) {
            close.accepted = false
            Shell.closeToTray()
        }
    }

    Connections {
        target: Agenda
        function onOpenSessionRequested(key: string) {
            while (stack.depth > 1)
                stack.pop(null, StackView.Immediate)
            window.openSession(key)
        }
    }

    Shortcut {
        sequence: "Ctrl+Q"
        onActivated: Qt.quit()
    }

    Shortcut {
        sequences: ["F1", "?"]
        onActivated: shortcutsOverlay.open()
    }

    ShortcutsOverlay {
        id: shortcutsOverlay
        objectName: "shortcutsOverlay"
    }

    // Removing a star, a conference's bookmarks or a conference offers Undo for a few seconds.
    UndoToasts {
        objectName: "undoToasts"
    }

    // Where a page opened now would go back to: the page on screen, by the name the person sees.
    function currentPlaceName(): string {
        if (stack.depth > 1)
            return (stack.currentItem as Page).title
        return (stack.initialItem as HomePage).currentTabName
    }

    function openSession(sessionKey: string) {
        stack.push(sessionPage, { sessionKey: sessionKey, backTo: window.currentPlaceName() })
    }

    function openConference() {
        stack.push(conferencePage, { backTo: window.currentPlaceName() })
    }

    function goBack() {
        if (stack.depth > 1)
            stack.pop()
    }

    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: stack.depth > 1
        onActivated: window.goBack()
    }

    header: ReminderBanner {}

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: HomePage {
            objectName: "homePage"
            // The view on screen is window state: it comes back at the next start (Shell.page).
            currentTab: Shell.page
            onCurrentTabChanged: Shell.page = currentTab
            onSessionActivated: sessionKey => window.openSession(sessionKey)
            onConferenceRequested: window.openConference()
        }
    }

    Component {
        id: sessionPage
        SessionPage {
            onBackRequested: window.goBack()
        }
    }

    Component {
        id: conferencePage
        ConferencePage {
            onBackRequested: window.goBack()
        }
    }
}
