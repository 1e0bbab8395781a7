pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The main menu (☰): what is done now and then, kept out of the way of the agenda.
ToolButton {
    id: button

    signal exportRequested()
    signal importRequested()
    signal settingsRequested()
    signal shortcutsRequested()
    signal aboutRequested()

    icon.name: "open-menu-symbolic"
    icon.color: Theme.text // tints the symbolic icon on a dark palette
    display: AbstractButton.IconOnly
    text: qsTr("Main menu")
    Accessible.name: qsTr("Main menu")
    Accessible.role: Accessible.ButtonMenu
    Accessible.onPressAction: menu.open()
    onClicked: menu.open()
    PlainToolTip {
        visible: button.hovered
        text: button.text
    }
    FocusRing {
        target: button
    }

    Menu {
        id: menu
        objectName: "mainMenu"
        y: button.height
        x: button.mirrored ? 0 : button.width - width

        MenuItem {
            objectName: "exportItem"
            text: qsTr("Export my schedule…")
            icon.name: "document-save-symbolic"
            icon.color: Theme.text
            onTriggered: button.exportRequested()
        }
        MenuItem {
            objectName: "importItem"
            text: qsTr("Import bookmarks…")
            icon.name: "document-open-symbolic"
            icon.color: Theme.text
            onTriggered: button.importRequested()
        }
        MenuSeparator {}
        MenuItem {
            objectName: "settingsItem"
            text: qsTr("Settings")
            icon.name: "preferences-system-symbolic"
            icon.color: Theme.text
            onTriggered: button.settingsRequested()
        }
        MenuItem {
            objectName: "shortcutsItem"
            text: qsTr("Keyboard shortcuts")
            icon.name: "input-keyboard-symbolic"
            icon.color: Theme.text
            onTriggered: button.shortcutsRequested()
        }
        MenuItem {
            objectName: "aboutItem"
            text: qsTr("About Attend")
            icon.name: "help-about-symbolic"
            icon.color: Theme.text
            onTriggered: button.aboutRequested()
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
}
