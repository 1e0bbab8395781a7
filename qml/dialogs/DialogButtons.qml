pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A dialog's footer: its buttons in one row at the trailing side (right, or left in a right-to-
// left layout), spaced evenly, with the dialog's margin round them. The buttons go inside it.
Pane {
    id: buttons

    default property alias content: row.data

    padding: Theme.margin
    topPadding: Theme.spacing
    background: Item {}

    RowLayout {
        id: row
        width: buttons.availableWidth
        spacing: Theme.spacing

        Item {
            Layout.fillWidth: true
        }
    }
}
