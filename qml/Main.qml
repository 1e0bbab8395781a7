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

    // Right-to-left languages (or -reverse) mirror the whole layout: the sidebar moves to the
    // right, rows read from the right. Controls mirror themselves; anchors and layouts need this.
    LayoutMirroring.enabled: Shell.rightToLeft
    LayoutMirroring.childrenInherit: true

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

    LazyPopup {
        id: shortcutsOverlay
        file: Qt.resolvedUrl("components/ShortcutsOverlay.qml")
        popupName: "shortcutsOverlay"
    }

    // Settings and About open over the main window from the main menu, or by these keys.
    Shortcut {
        sequences: ["Ctrl+,", "Ctrl+5"]
        onActivated: window.openSettings()
    }

    Shortcut {
        sequence: "Ctrl+6"
        onActivated: window.openAbout()
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

    // The pages opened over the window are loaded from their files on first use: neither they nor
    // the types only they use are loaded before the first frame.
    function push(file: string, properties: var): Item {
        const page = stack.push(Qt.resolvedUrl(file), properties) as Item
        page.backRequested.connect(window.goBack)
        return page
    }

    function openSession(sessionKey: string) {
        window.push("pages/SessionPage.qml", { sessionKey: sessionKey, backTo: window.currentPlaceName() })
    }

    function openConference() {
        window.push("pages/ConferencePage.qml", { backTo: window.currentPlaceName() })
    }

    /** A page of its own kind on top: Settings twice in a row is one Settings page. */
    function openOnce(file: string, name: string) {
        if (stack.depth > 1 && stack.currentItem.objectName === name)
            return
        while (stack.depth > 1)
            stack.pop(null, StackView.Immediate)
        window.push(file, { objectName: name, backTo: window.currentPlaceName() })
    }

    function openSettings() {
        window.openOnce("pages/SettingsPage.qml", "settingsPage")
    }

    function openAbout() {
        window.openOnce("pages/AboutPage.qml", "aboutPage")
    }

    function goBack() {
        if (stack.depth <= 1)
            return
        stack.pop()
        // Back on the main window, the keyboard is on the list it left (on the same row).
        if (stack.depth === 1)
            (stack.currentItem as HomePage).focusCurrentPage()
    }

    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: stack.depth > 1
        onActivated: window.goBack()
    }

    // Made the first time a reminder is shown in the window (the last resort, where no
    // notification service or tray shows it), not before the first frame; then kept.
    header: Loader {
        active: Shell.reminderVisible || status === Loader.Ready
        visible: Shell.reminderVisible
        source: "components/ReminderBanner.qml" // (a bound inline component is refused here by Qt 6.4)
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: HomePage {
            objectName: "homePage"
            // The view on screen is window state: it comes back at the next start (Shell.page).
            // Settings and About were places 4 and 5 before they moved to the main menu.
            currentTab: Shell.page >= 0 && Shell.page <= 3 ? Shell.page : 0
            onCurrentTabChanged: Shell.page = currentTab
            onSessionActivated: sessionKey => window.openSession(sessionKey)
            onConferenceRequested: window.openConference()
            onSettingsRequested: window.openSettings()
            onAboutRequested: window.openAbout()
            onShortcutsRequested: shortcutsOverlay.open()
        }
    }
}
