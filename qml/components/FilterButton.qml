pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// A button of the filter bar ("Tracks ▾", "Bookmarked", "Grid", "Now"): framed so it reads as a
// button, a tint on hover, and when it is on (checked, or `active`: a filter in use) the accent's
// tint with an accent frame. Its text and symbolic icon are in the theme's text colour, which
// reads on all three fills (they are the card backgrounds tst_themecolors checks).
Button {
    id: filterButton

    /** Shown as on without being checkable: a popup's button while some of its choices are chosen. */
    property bool active: false
    readonly property bool on: filterButton.checked || filterButton.active

    icon.color: Theme.text // tints symbolic icons for dark palettes
    palette.buttonText: Theme.text
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        implicitWidth: 40
        implicitHeight: 30
        radius: Theme.radius
        color: filterButton.on ? Theme.bookmarkedCardBackground
                          : filterButton.down || filterButton.hovered ? Theme.pastCardBackground : Theme.cardBackground
        border.width: filterButton.on ? 2 : 1
        border.color: filterButton.on ? Theme.focusRing : Theme.cardBorder

        FocusRing {
            target: filterButton
        }
    }
}
