pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T
import Attend

// The keyboard focus ring: 2 px in the accent colour around its control, 2 px away from it, shown
// only when focus came by keyboard (visualFocus), never after a click. The gap lets what is behind
// show between ring and control, so the ring stays visible around a control filled with the accent
// itself (a checked segment, the current page's button), where a ring touching it merged into the
// fill. Put one in a control's background (or any item inside the control) and set `target`;
// `radius` follows the control's own corners.
Rectangle {
    id: ring
    objectName: "focusRing"

    /** The control whose keyboard focus this ring shows. */
    required property Item target

    anchors.fill: parent
    anchors.margins: -4
    radius: Theme.radius + 4
    color: "transparent"
    border.width: 2
    border.color: Theme.focusRing
    // Every control is a Templates Control (the style's "Control" is a type of its own, not their
    // base); a TextField is not one, and shows its focus whenever it has it: it takes typing.
    visible: (ring.target as T.Control)?.visualFocus ?? ring.target.activeFocus
    z: 10
}
