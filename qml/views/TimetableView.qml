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
            delegate: ItemDelegate {
                id: cell
                required property string key
                required property string title
                required property string detail
                required property string track
                required property string room
                required property real leftUnits
                required property real widthUnits
                required property int topMinute
                required property int cardMinutes
                required property bool bookmarked
                required property bool cancelled
                required property bool past
                required property bool matches

                readonly property string stateText: view.joined([cell.bookmarked ? qsTr("bookmarked") : "",
                                                                 cell.cancelled ? qsTr("cancelled") : "",
                                                                 cell.past ? qsTr("ended") : "",
                                                                 cell.matches ? "" : qsTr("does not match the search")])
                readonly property string fullText: view.joined([cell.title, cell.detail, cell.room, cell.track, cell.stateText])
                readonly property color textColor: cell.past || cell.cancelled ? Theme.pastText : Theme.text
                readonly property color secondaryColor: cell.past || cell.cancelled ? Theme.pastText : Theme.secondaryText

                x: cell.leftUnits * view.columnWidth + 2
                y: cell.topMinute * view.minuteHeight + 1
                width: cell.widthUnits * view.columnWidth - 4
                height: cell.cardMinutes * view.minuteHeight - 2
                padding: view.cardPadding
                leftPadding: view.cardPadding + Theme.trackStripeWidth + 2
                // A search dims what does not match, as a disabled control is dimmed; the text of
                // the cards that match keeps full contrast.
                opacity: cell.matches ? 1 : 0.4
                Accessible.name: cell.fullText
                Accessible.onPressAction: view.sessionActivated(cell.key)
                onClicked: view.sessionActivated(cell.key)
                PlainToolTip {
                    visible: cell.hovered
                    delay: 600
                    text: cell.fullText
                }

                background: Rectangle {
                    radius: 4
                    color: cell.past || cell.cancelled ? Theme.pastCardBackground
                                                       : cell.bookmarked ? Theme.bookmarkedCardBackground : Theme.cardBackground
                    border.width: cell.visualFocus ? 2 : 1
                    border.color: cell.visualFocus ? Theme.focusRing : Theme.cardBorder
                    Rectangle {
                        objectName: "trackStripe"
                        x: 1
                        y: 1
                        width: Theme.trackStripeWidth
                        height: parent.height - 2
                        radius: 2
                        visible: cell.track.length > 0
                        color: Theme.trackColor(cell.track)
                    }
                }
                // Whole lines only: the title takes the lines that fit, the time and speakers the
                // ones left over; a line that would be cut is not drawn at all.
                readonly property int titleLines: Math.max(1, Math.floor(cell.availableHeight / titleMetrics.height))
                readonly property real titleHeight: Math.min(cell.titleLineCount, cell.titleLines) * titleMetrics.height
                readonly property int detailLines: Math.floor((cell.availableHeight - cell.titleHeight) / detailMetrics.height)
                property int titleLineCount: 1
                contentItem: Item {
                    Label {
                        width: parent.width
                        text: (cell.bookmarked ? "★ " : "") + cell.title
                        textFormat: Text.PlainText
                        color: cell.textColor
                        font.weight: Font.DemiBold
                        font.strikeout: cell.cancelled
                        wrapMode: Text.Wrap
                        maximumLineCount: cell.titleLines
                        elide: Text.ElideRight
                        onLineCountChanged: cell.titleLineCount = lineCount
                    }
                    Label {
                        y: cell.titleHeight
                        width: parent.width
                        visible: cell.detailLines > 0
                        text: cell.detail
                        textFormat: Text.PlainText
                        color: cell.secondaryColor
                        font.pointSize: detailMetrics.font.pointSize
                        wrapMode: Text.Wrap
                        maximumLineCount: Math.max(1, cell.detailLines)
                        elide: Text.ElideRight
                    }
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
