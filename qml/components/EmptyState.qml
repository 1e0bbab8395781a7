pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// What a page shows when it has nothing to list: an icon, one sentence that says why, and the
// action that helps ("Open the Agenda", "Clear search"). Centre it over the empty view.
ColumnLayout {
    id: emptyState

    /** A symbolic icon from the theme or Attend's own set ("starred-symbolic"). */
    property string iconName
    property string text
    /** The helping action's words; no button when empty. */
    property string actionText

    signal actionTriggered()

    spacing: Theme.spacing * 1.5
    Accessible.role: Accessible.StaticText
    Accessible.name: emptyState.text

    // The icon is looked up the first time the state shows and kept: never set back to "" when
    // it hides (Qt looks an empty name up in every theme, and parsing hicolor's index for it cost
    // 6% of start-up), nor made in a Loader (Qt 6.4 will not make this bound component in a page
    // that is itself loaded).
    property string shownIconName
    function keepIconName() {
        if (emptyState.visible && emptyState.iconName.length > 0)
            emptyState.shownIconName = emptyState.iconName
    }
    onVisibleChanged: emptyState.keepIconName()
    onIconNameChanged: emptyState.keepIconName()
    Component.onCompleted: emptyState.keepIconName()

    IconImage {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: 48
        Layout.preferredHeight: 48
        visible: emptyState.iconName.length > 0
        name: emptyState.shownIconName
        sourceSize.width: 48
        sourceSize.height: 48
        color: Theme.secondaryText
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: emptyState.text
        textFormat: Text.PlainText
        color: Theme.secondaryText
        font.pointSize: bodyFont.font.pointSize * Theme.headingScale
        Accessible.ignored: true // the column says it
    }
    ActionButton {
        objectName: "emptyStateAction"
        Layout.alignment: Qt.AlignHCenter
        visible: emptyState.actionText.length > 0
        primary: true
        text: emptyState.actionText
        Accessible.onPressAction: emptyState.actionTriggered()
        onClicked: emptyState.actionTriggered()
    }

    FontMetrics {
        id: bodyFont
    }
}
