pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// One day as the conference's printed grid: rooms side by side, time running down, scrolling
// both ways with the room names and hours kept in view.
Item {
    id: view

    required property SessionFilterModel filter
    property int dayIndex: 0

    signal sessionActivated(string sessionKey)

    readonly property real minuteHeight: 2.2
    readonly property real columnWidth: 190
    readonly property real hourColumnWidth: 56
    readonly property real headerHeight: 32

    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Timetable")

    TimetableModel {
        id: grid
        // Cells only while shown: a day's grid is hundreds of items, not worth building hidden.
        filter: view.visible ? view.filter : null
        formatter: Agenda.formatter
        dayIndex: view.dayIndex
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.leftMargin: view.hourColumnWidth
        anchors.topMargin: view.headerHeight
        clip: true
        contentWidth: grid.rooms.length * view.columnWidth
        contentHeight: grid.totalMinutes * view.minuteHeight
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        Repeater {
            model: grid.hourMarks
            Rectangle {
                required property var modelData
                y: modelData.minute * view.minuteHeight
                width: flick.contentWidth
                height: 1
                color: view.palette.mid
                opacity: 0.5
            }
        }

        Repeater {
            model: grid
            delegate: ItemDelegate {
                id: cell
                required property string key
                required property string title
                required property string detail
                required property int column
                required property int topMinute
                required property int lengthMinutes
                required property bool bookmarked
                required property bool cancelled
                required property bool past

                x: column * view.columnWidth + 2
                y: topMinute * view.minuteHeight + 1
                width: view.columnWidth - 4
                height: Math.max(lengthMinutes * view.minuteHeight - 2, 18)
                padding: 4
                opacity: cancelled || past ? 0.55 : 1
                Accessible.name: title + ", " + detail + (bookmarked ? ", " + qsTr("bookmarked") : "")
                Accessible.onPressAction: view.sessionActivated(key)
                onClicked: view.sessionActivated(key)

                background: Rectangle {
                    radius: 3
                    color: cell.bookmarked ? Qt.rgba(view.palette.highlight.r, view.palette.highlight.g, view.palette.highlight.b, 0.35)
                                           : view.palette.base
                    border.color: cell.bookmarked ? view.palette.highlight : view.palette.mid
                }
                contentItem: Column {
                    clip: true
                    Label {
                        width: parent.width
                        text: (cell.bookmarked ? "★ " : "") + cell.title
                        textFormat: Text.PlainText
                        font.weight: Font.DemiBold
                        font.strikeout: cell.cancelled
                        wrapMode: Text.WordWrap
                        // As many lines as the cell has room for, the last one elided.
                        height: Math.min(implicitHeight, cell.availableHeight)
                        elide: Text.ElideRight
                    }
                    Label {
                        width: parent.width
                        text: cell.detail
                        textFormat: Text.PlainText
                        opacity: Theme.secondaryOpacity
                        elide: Text.ElideRight
                        font.pointSize: cell.font.pointSize * 0.9
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
        Row {
            x: -flick.contentX
            Repeater {
                model: grid.rooms
                Label {
                    required property string modelData
                    width: view.columnWidth
                    height: view.headerHeight
                    text: modelData
                    textFormat: Text.PlainText
                    font.bold: true
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
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
                y: modelData.minute * view.minuteHeight - flick.contentY
                text: modelData.label
                textFormat: Text.PlainText
                opacity: Theme.secondaryOpacity
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: grid.rooms.length === 0
        text: qsTr("No sessions on this day with these filters.")
        textFormat: Text.PlainText
    }
}
