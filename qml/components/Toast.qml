pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A short notice at the bottom of the window with one action ("Removed “Talk” from your schedule ·
// Undo"), gone after `timeout` ms (held while the pointer is on it). An alert for screen readers,
// so its appearing is announced. It says how it ended: the action, or expired (time, Close, or a
// newer notice in its place), so the caller knows when the action is no longer possible.
Rectangle {
    id: toast
    objectName: "toast"

    property string message
    property string actionText: qsTr("Undo")
    property int timeout: 6000
    readonly property bool shown: toast.message.length > 0
    // The close icon is looked up the first time the toast shows, and then kept: an icon name
    // set back to "" is looked up in every theme (see EmptyState).
    property string closeIconName
    function keepCloseIcon() {
        if (toast.shown)
            toast.closeIconName = "window-close-symbolic"
    }
    onShownChanged: toast.keepCloseIcon()
    Component.onCompleted: toast.keepCloseIcon()

    signal actionTriggered()
    signal expired()

    /** Shows `text`; a notice still on screen expires first. */
    function show(text: string) {
        if (toast.shown)
            toast.expired()
        toast.message = text
        hideTimer.restart()
    }
    function expire() {
        if (!toast.shown)
            return
        toast.message = ""
        hideTimer.stop()
        toast.expired()
    }
    function act() {
        if (!toast.shown)
            return
        toast.message = ""
        hideTimer.stop()
        toast.actionTriggered()
    }

    /** The widest it grows: its parent's width less the margins, unless told (in a Loader, whose
        size follows the toast's, the parent is no measure). */
    property real maximumWidth: (parent ? parent.width : 600) - 2 * Theme.margin

    visible: toast.shown
    width: Math.min(row.implicitWidth + 2 * Theme.margin, toast.maximumWidth)
    height: row.implicitHeight + Theme.spacing * 1.5
    radius: Theme.radius
    color: Theme.cardBackground
    border.width: 1
    border.color: Theme.cardBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: toast.message

    // A soft shadow under it, so it reads as above the page.
    Rectangle {
        z: -1
        x: 1
        y: 2
        width: parent.width
        height: parent.height
        radius: parent.radius
        color: Qt.rgba(0, 0, 0, Theme.dark ? 0.5 : 0.18)
    }

    Timer {
        id: hideTimer
        interval: toast.timeout
        running: false
        onTriggered: {
            if (hover.hovered)
                hideTimer.restart() // not while the person is reaching for Undo
            else
                toast.expire()
        }
    }

    HoverHandler {
        id: hover
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: toast.message
            textFormat: Text.PlainText
            color: Theme.text
            elide: Text.ElideMiddle
            Accessible.ignored: true // the toast itself says it
        }
        ActionButton {
            objectName: "toastAction"
            primary: true
            text: toast.actionText
            Accessible.name: qsTr("%1: %2").arg(toast.actionText).arg(toast.message)
            Accessible.onPressAction: toast.act()
            onClicked: toast.act()
        }
        ToolButton {
            id: closeButton
            icon.name: toast.closeIconName // not loaded at start-up
            icon.color: Theme.text // tints symbolic icons for dark palettes
            display: AbstractButton.IconOnly
            text: qsTr("Close")
            Accessible.name: qsTr("Close the notice")
            Accessible.onPressAction: toast.expire()
            onClicked: toast.expire()
            FocusRing {
                target: closeButton
            }
        }
    }
}
