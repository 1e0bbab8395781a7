pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The main menu's items, made the first time the ☰ button (MainMenuButton) is pressed.
Menu {
    id: menu
    objectName: "mainMenu"

    /** The ☰ button it opens from, and whose signals its items send. */
    required property MainMenuButton menuButton

    y: menu.menuButton.height
    x: menu.menuButton.mirrored ? 0 : menu.menuButton.width - width

    MenuItem {
        objectName: "exportItem"
        text: qsTr("Export my schedule…")
        icon.name: "document-save-symbolic"
        icon.color: Theme.text
        onTriggered: menu.menuButton.exportRequested()
    }
    MenuItem {
        objectName: "importItem"
        text: qsTr("Import bookmarks…")
        icon.name: "document-open-symbolic"
        icon.color: Theme.text
        onTriggered: menu.menuButton.importRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "settingsItem"
        text: qsTr("Settings")
        icon.name: "preferences-system-symbolic"
        icon.color: Theme.text
        onTriggered: menu.menuButton.settingsRequested()
    }
    MenuItem {
        objectName: "shortcutsItem"
        text: qsTr("Keyboard shortcuts")
        icon.name: "input-keyboard-symbolic"
        icon.color: Theme.text
        onTriggered: menu.menuButton.shortcutsRequested()
    }
    MenuItem {
        objectName: "aboutItem"
        text: qsTr("About Attend")
        icon.name: "help-about-symbolic"
        icon.color: Theme.text
        onTriggered: menu.menuButton.aboutRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "quitItem"
        text: qsTr("Quit")
        icon.name: "application-exit-symbolic"
        icon.color: Theme.text
        onTriggered: Qt.quit()
    }
}
