pragma ComponentBehavior: Bound

import QtQuick
import Attend

// The Undo notices: a star taken off, a conference's bookmarks forgotten, a conference removed.
// One at a time, at the bottom of the window above the pages (a modal dialog still dims it). Undo (the button or Ctrl+Z while
// it shows) puts back what was removed; when the notice ends any other way, a removal that
// waits for it (a conference's copy and secret) is made final.
Item {
    id: toasts

    /** What Undo does for the notice on screen, and what ends the removal for good. */
    property var undoAction: null
    property var finishAction: null

    function offer(message: string, undo: var, finish: var) {
        toastLoader.active = true // the first notice makes the toast; it is kept for the next ones
        const toast = toastLoader.item as Toast
        toast.show(message) // the notice before expires first: its removal is settled
        toasts.undoAction = undo
        toasts.finishAction = finish
    }
    function settle() {
        const finish = toasts.finishAction
        toasts.undoAction = null
        toasts.finishAction = null
        if (finish)
            finish()
    }
    function undo() {
        const undoIt = toasts.undoAction
        toasts.undoAction = null
        toasts.finishAction = null
        if (undoIt)
            undoIt()
    }

    anchors.fill: parent
    z: 1000 // above the page stack

    Connections {
        target: Agenda
        function onRemovedUndoably(message: string) {
            toasts.offer(message, () => Agenda.undoRemoval(), null)
        }
    }
    Connections {
        target: Conferences
        function onRemovedUndoably(message: string) {
            toasts.offer(message, () => Conferences.undoRemove(), () => Conferences.finishRemoval())
        }
    }

    // Made at the first notice, not before the first frame.
    Loader {
        id: toastLoader
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 2.5 // clear of the pages' one-line footers
        active: false
        source: "Toast.qml" // (a bound inline component is refused here by Qt 6.4)
        onLoaded: {
            const toast = toastLoader.item as Toast
            toast.maximumWidth = Qt.binding(() => toasts.width - 2 * Theme.margin)
            toast.actionTriggered.connect(toasts.undo)
            toast.expired.connect(toasts.settle)
        }
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: toastLoader.item !== null && (toastLoader.item as Toast).shown
        onActivated: (toastLoader.item as Toast).act()
    }
}
