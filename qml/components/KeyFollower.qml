pragma ComponentBehavior: Bound

import QtQuick
import Attend

// Keeps a list's highlight on the same session (by its key) while rows come and go under it: Now &
// Next every minute, a search as it narrows, a feed update. Without it the highlight stays on a
// row number and lands on another session.
Item {
    id: follower

    required property ListView view
    /** The highlighted session's key; empty when nothing is highlighted. */
    property string key
    property bool changing: false

    visible: false

    function remember() {
        if (!follower.changing)
            follower.key = RowKeys.keyAt(follower.view.model, follower.view.currentIndex)
    }
    function freeze() {
        follower.changing = true
    }
    function restore() {
        follower.changing = false
        if (follower.key.length === 0)
            return
        const row = RowKeys.rowOf(follower.view.model, follower.key)
        if (row >= 0) {
            follower.view.currentIndex = row
        } else {
            follower.remember() // the session left the list: follow whatever is highlighted now
        }
    }

    Connections {
        target: follower.view
        function onCurrentIndexChanged() {
            follower.remember()
        }
    }
    Timer {
        id: restoreLater
        interval: 0
        onTriggered: follower.restore()
    }

    // After the view has applied the change itself: it moves its current index on its own first.
    Connections {
        target: follower.view.model
        ignoreUnknownSignals: true
        function onModelAboutToBeReset() { follower.freeze() }
        function onModelReset() { restoreLater.restart() }
        function onRowsAboutToBeRemoved() { follower.freeze() }
        function onRowsRemoved() { restoreLater.restart() }
        function onRowsAboutToBeInserted() { follower.freeze() }
        function onRowsInserted() { restoreLater.restart() }
        function onLayoutAboutToBeChanged() { follower.freeze() }
        function onLayoutChanged() { restoreLater.restart() }
    }
}
