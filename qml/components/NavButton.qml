pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// One place in the window (Agenda, My schedule, …) in the navigation: an icon, the name and a
// count. A page tab to assistive technology, as the tabs it replaces were; the chosen one is
// filled with the accent, the one under the keyboard has the focus ring.
TabButton {
    id: control

    /** A freedesktop symbolic icon name (Attend ships a fallback set). */
    property string iconName
    /** Shown at the end when above zero ("My schedule  12"). */
    property int count: 0
    /** In the narrow window the buttons sit side by side and centre their content. */
    property bool compact: false

    implicitHeight: 36
    padding: Theme.spacing
    leftPadding: Theme.margin - 4
    rightPadding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    // The page shown decides which button reads as chosen (a binding a click must not break).
    checkable: false

    contentItem: RowLayout {
        spacing: Theme.spacing
        // Side by side (compact), each button centres its icon, name and count.
        Item {
            visible: control.compact
            Layout.fillWidth: true
        }
        IconImage {
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
            Layout.alignment: Qt.AlignVCenter
            name: control.iconName
            sourceSize.width: 16
            sourceSize.height: 16
            color: control.checked ? Theme.selectionText : Theme.text
        }
        Label {
            Layout.fillWidth: !control.compact
            text: control.text
            textFormat: Text.PlainText
            elide: Text.ElideRight
            color: control.checked ? Theme.selectionText : Theme.text
            font.bold: control.checked
        }
        Label {
            visible: control.count > 0
            text: control.count
            textFormat: Text.PlainText
            color: control.checked ? Theme.selectionText : Theme.secondaryText
            font.pixelSize: control.font.pixelSize - 1
        }
        Item {
            visible: control.compact
            Layout.fillWidth: true
        }
    }

    // The hover tint and the focus ring are the other buttons' (FilterButton, SegmentButton).
    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.selectionBackground
                               : control.hovered ? Theme.pastCardBackground : "transparent"
        FocusRing {
            target: control
        }
    }
}
