pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A Banner's action and close buttons: made by the banner the first time it shows (Banner.qml).
RowLayout {
    id: buttons

    required property Banner banner

    spacing: Theme.spacing

    ActionButton {
        visible: buttons.banner.actionText.length > 0
        text: buttons.banner.actionText
        icon.name: buttons.banner.actionIcon
        Accessible.name: buttons.banner.actionAccessibleName
        Accessible.onPressAction: buttons.banner.actionTriggered()
        onClicked: buttons.banner.actionTriggered()
    }
    ToolButton {
        id: closeButton
        visible: buttons.banner.closable
        icon.name: "window-close-symbolic" // looked up when the bar first shows: these buttons are made then
        icon.color: buttons.banner.warning ? Theme.warningBarText : Theme.infoBarText
        display: AbstractButton.IconOnly
        text: qsTr("Close")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Close")
        Accessible.name: qsTr("Close the notice")
        Accessible.onPressAction: buttons.banner.dismissed = true
        onClicked: buttons.banner.dismissed = true
        FocusRing {
            target: closeButton
        }
    }
}
