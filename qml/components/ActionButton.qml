pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import Attend

// A push button of Attend's own look: a dialog's footer, an empty state's action, a toast's Undo.
// The primary one (what the dialog is for: Add, Remove, Save; the action that helps) is filled
// with the accent; a disabled button is greyed and faded, so "Add" before a check plainly cannot
// be pressed. Text and icon colours are the theme's checked pairs.
Button {
    id: button

    /** What the dialog or place is for: emphasised. */
    property bool primary: false

    readonly property color textColor: !button.enabled ? Theme.secondaryText
                                     : button.primary ? Theme.selectionText : Theme.text

    opacity: button.enabled ? 1 : 0.6
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    icon.color: button.textColor // tints symbolic icons for dark palettes
    Accessible.name: text

    contentItem: IconLabel {
        spacing: button.spacing
        mirrored: button.mirrored
        display: button.display
        icon: button.icon
        text: button.text
        font: button.font
        color: button.textColor
    }

    background: Rectangle {
        implicitWidth: 88
        implicitHeight: 32
        radius: Theme.radius
        color: button.primary && button.enabled
               ? (button.down ? Qt.darker(Theme.selectionBackground, 1.15) : Theme.selectionBackground)
               : !button.enabled ? Theme.badgeBackground
               : button.down ? Theme.badgeBackground
               : button.hovered ? Theme.pastCardBackground : Theme.cardBackground
        border.width: 1
        border.color: button.primary && button.enabled ? Theme.selectionBackground : Theme.cardBorder

        FocusRing {
            target: button
        }
    }
}
