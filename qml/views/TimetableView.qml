pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// One day as the conference's printed grid: rooms side by side, time running down, scrolling
// both ways with the room names and hours kept in view. Sessions that overlap in a room stand
// side by side in lanes; a card shows as many whole lines as it has room for (the title first),
// the rest is in its tooltip and accessible name. Ctrl + wheel and Ctrl +/− zoom.
Item {
    id: view

    required property SessionFilterModel filter
    property int dayIndex: 0

    signal sessionActivated(string sessionKey)

    /** 1 is 2.2 px a minute; Ctrl + wheel and Ctrl +/− change it. */
    property real zoom: 1
    readonly property real minuteHeight: 2.2 * zoom
    readonly property real columnWidth: 190
    readonly property real hourColumnWidth: 64
    readonly property real headerHeight: 32
    /** A compact SessionCard's padding above and below its lines. */
    readonly property real cardPadding: 4

    function zoomBy(factor: real) {
        // Keep the time in the middle of the view where it is.
        const middle = (flick.contentY + flick.height / 2) / view.minuteHeight
        view.zoom = Math.min(4, Math.max(0.5, view.zoom * factor))
        grid.rebuildNow()
        flick.contentY = Math.max(0, Math.min(middle * view.minuteHeight - flick.height / 2,
                                              flick.contentHeight - flick.height))
        view.rememberScroll()
    }

    // Where each day was scrolled to, so switching days or pages and back finds it again.
    property var scrollPositions: ({})
    property int shownDay: -1
    function rememberScroll() {
        if (view.shownDay >= 0 && grid.count > 0)
            view.scrollPositions[view.shownDay] = Qt.point(flick.contentX, flick.contentY)
    }
    function restoreScroll() {
        const saved = view.scrollPositions[view.dayIndex]
        flick.contentX = saved ? Math.min(saved.x, Math.max(0, flick.contentWidth - flick.width)) : 0
        flick.contentY = saved ? Math.min(saved.y, Math.max(0, flick.contentHeight - flick.height)) : 0
        view.shownDay = view.dayIndex
    }

    function joined(parts: list<string>): string {
        let out = []
        for (const part of parts) {
            if (part.length > 0)
                out.push(part)
        }
        return out.join(", ")
    }

    Accessible.role: Accessible.Table
    Accessible.name: grid.dayTitle.length > 0 ? qsTr("Timetable, %1").arg(grid.dayTitle) : qsTr("Timetable")

    Timer {
        id: restoreTimer
        interval: 0
        onTriggered: view.restoreScroll()
    }

    FontMetrics {
        id: titleMetrics
        font.weight: Font.DemiBold
    }
    FontMetrics {
        id: detailMetrics
        font.pointSize: titleMetrics.font.pointSize * 0.9
    }

    TimetableModel {
        id: grid
        // Cells only while shown: a day's grid is hundreds of items, not worth building hidden.
        filter: view.visible ? view.filter : null
        formatter: Agenda.formatter
        dayIndex: view.dayIndex
        // The shortest card holds one line of its title.
        minimumMinutes: Math.ceil((titleMetrics.height + 2 * view.cardPadding + 2) / view.minuteHeight)
        property int count: 0
        onModelAboutToBeReset: view.rememberScroll()
        onLayoutRebuilt: {
            count = rowCount()
            restoreTimer.restart() // once the Flickable has its new content size
        }
    }

    Shortcut {
        enabled: view.visible
        sequences: ["Ctrl++", "Ctrl+="]
        onActivated: view.zoomBy(1.25)
    }
    Shortcut {
        enabled: view.visible
        sequences: ["Ctrl+-"]
        onActivated: view.zoomBy(0.8)
    }
    Shortcut {
        enabled: view.visible
        sequence: "Ctrl+0"
        onActivated: view.zoomBy(1 / view.zoom)
    }

    // The day and date, top left, over the hours.
    Label {
        objectName: "timetableDay"
        width: view.hourColumnWidth
        height: view.headerHeight
        leftPadding: 4
        verticalAlignment: Text.AlignVCenter
        text: grid.dayShortTitle
        textFormat: Text.PlainText
        font.bold: true
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        color: Theme.text
        HoverHandler { id: dayHover }
        PlainToolTip {
            visible: dayHover.hovered
            text: grid.dayTitle
        }
    }
    Flickable {
        id: flick
        anchors.fill: parent
        anchors.leftMargin: view.hourColumnWidth
        anchors.topMargin: view.headerHeight
        clip: true
        contentWidth: grid.totalWidth * view.columnWidth
        contentHeight: grid.totalMinutes * view.minuteHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        // On the Flickable itself, so Ctrl + wheel zooms before the Flickable would scroll.
        WheelHandler {
            target: null
            acceptedModifiers: Qt.ControlModifier
            onWheel: event => view.zoomBy(event.angleDelta.y > 0 ? 1.25 : 0.8)
        }

        // Hour and half-hour lines first, so every card is drawn over them.
        Repeater {
            model: grid.hourMarks
            Item {
                id: hourMark
                required property var modelData
                y: modelData.minute * view.minuteHeight
                width: flick.contentWidth
                Rectangle {
                    width: parent.width
                    height: 1
                    color: Theme.gridLine
                }
                Rectangle {
                    y: 30 * view.minuteHeight
                    visible: hourMark.modelData.minute + 30 <= grid.totalMinutes
                    width: parent.width
                    height: 1
                    color: Theme.gridLine
                    opacity: 0.5
                }
            }
        }
        // Column rules between rooms.
        Repeater {
            model: grid.columns
            Rectangle {
                required property var modelData
                x: (modelData.left + modelData.width) * view.columnWidth - 1
                width: 1
                height: flick.contentHeight
                color: Theme.gridLine
            }
        }

        Repeater {
            model: grid
            // The agenda's card in its compact form: the same colours, track stripe, muted "ended"
            // look and accessible name as in the lists.
            delegate: SessionCard {
                id: cell
                required key
                required title
                required track
                required bookmarked
                required property string detail
                required property string room
                required property real leftUnits
                required property real widthUnits
                required property int topMinute
                required property int cardMinutes
                required property bool cancelled
                required property bool past
                required property bool matches

                compact: true
                cardContent: CompactCardContent {
                    session: cell
                    titleLineHeight: titleMetrics.height
                    detailLineHeight: detailMetrics.height
                    detailPointSize: detailMetrics.font.pointSize
                }
                detailLine: cell.detail
                hiddenDetail: view.joined([cell.room, cell.track])
                isPast: cell.past
                isCancelled: cell.cancelled
                matchesSearch: cell.matches

                x: cell.leftUnits * view.columnWidth + 2
                y: cell.topMinute * view.minuteHeight + 1
                width: cell.widthUnits * view.columnWidth - 4
                height: cell.cardMinutes * view.minuteHeight - 2
                onActivated: sessionKey => view.sessionActivated(sessionKey)

                PlainToolTip {
                    visible: cell.hovered
                    delay: 600
                    text: cell.fullText()
                }
            }
        }
    }

    // Room names, following the grid sideways.
    Item {
        x: view.hourColumnWidth
        width: flick.width
        height: view.headerHeight
        clip: true
        Repeater {
            model: grid.columns
            Label {
                required property var modelData
                x: modelData.left * view.columnWidth - flick.contentX
                width: modelData.width * view.columnWidth
                height: view.headerHeight
                leftPadding: 4
                rightPadding: 4
                text: modelData.name
                textFormat: Text.PlainText
                color: Theme.text
                font.bold: true
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }

    // Hours, following the grid up and down.
    Item {
        y: view.headerHeight
        width: view.hourColumnWidth
        height: flick.height
        clip: true
        Repeater {
            model: grid.hourMarks
            Label {
                required property var modelData
                x: 4
                y: modelData.minute * view.minuteHeight - flick.contentY + 2
                text: modelData.label
                textFormat: Text.PlainText
                color: Theme.secondaryText
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: grid.rooms.length === 0
        text: qsTr("No sessions on this day with these filters.")
        textFormat: Text.PlainText
        color: Theme.text
    }
}
