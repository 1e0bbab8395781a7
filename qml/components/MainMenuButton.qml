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

    // Made on the first press (LazyPopup), not before the window's first frame.
    LazyPopup {
        id: menu
        file: Qt.resolvedUrl("MainMenu.qml")
        initialProperties: ({ menuButton: button })
    }
}
