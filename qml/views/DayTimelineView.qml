pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// My schedule as a day timeline: the day's bookmarks as blocks placed by their time and sized by
// their length, clashing ones side by side in lanes (must see leads, maybe beside it), and the
// free time between them written out ("Free 12:30–14:00, 1 h 30"). Every block and gap is a stop
// for Tab and the arrow keys, with a spoken name that says it all.
FocusScope {
    id: view

    signal sessionActivated(string sessionKey)

    readonly property DayTimelineModel timeline: Agenda.timeline
    readonly property real minuteHeight: 2.2
    readonly property int timeColumnWidth: 64
    readonly property int blockGap: 4

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // One day at a time: a toggle group, as the agenda's days.
        Flickable {
            Layout.fillWidth: true
            Layout.preferredHeight: dayRow.implicitHeight + Theme.spacing
            contentWidth: dayRow.implicitWidth + 2 * Theme.margin
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            visible: view.timeline.days.length > 1
            Row {
                id: dayRow
                x: Theme.margin
                y: Theme.spacing / 2
                spacing: Theme.spacing
                Repeater {
                    model: view.timeline.days
                    delegate: PlainButton {
                        required property int index
                        required property string modelData
                        text: modelData
                        checkable: true
                        checked: index === view.timeline.dayIndex
                        autoExclusive: true
                        Accessible.name: qsTr("Show %1").arg(modelData)
                        Accessible.onPressAction: view.timeline.dayIndex = index
                        onClicked: view.timeline.dayIndex = index
                    }
                }
            }
        }

        Flickable {
            id: flick
            objectName: "dayTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: view.timeline.hourCount * 60 * view.minuteHeight + 2 * Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            // One list for screen readers, as the list view is: its items are the blocks and the gaps.
            Accessible.role: Accessible.List
            Accessible.name: view.visible ? qsTr("My schedule") : qsTr("My schedule as a day timeline")

            // The hour lines and their labels, in the zone on screen.
            Repeater {
                model: view.timeline.hourLabels
                delegate: Item {
                    required property int index
                    required property string modelData
                    y: Theme.spacing + index * 60 * view.minuteHeight
                    width: flick.width
                    height: 60 * view.minuteHeight
                    Rectangle {
                        x: view.timeColumnWidth - Theme.spacing
                        width: parent.width - x
                        height: 1
                        color: palette.mid
                        opacity: 0.5
                    }
                    Label {
                        x: Theme.spacing
                        y: -height / 2
                        width: view.timeColumnWidth - 2 * Theme.spacing
                        text: parent.modelData
                        textFormat: Text.PlainText
                        opacity: Theme.secondaryOpacity
                        horizontalAlignment: Text.AlignRight
                        Accessible.ignored: true
                    }
                }
            }

            Repeater {
                id: blocks
                model: view.timeline
                delegate: FocusScope {
                    id: block

                    required property int index
                    required property string kind
                    required property string key
                    required property string title
                    required property string room
                    required property string timeText
                    required property int topMinute
                    required property int lengthMinutes
                    required property int lane
                    required property int laneCount
                    required property bool maybe
                    required property string clashText
                    required property string note
                    required property string gapText
                    required property string accessibleText

                    readonly property bool isGap: kind === "gap"
                    readonly property real laneWidth: (flick.width - view.timeColumnWidth - Theme.margin) / Math.max(1, laneCount)

                    objectName: "timelineBlock_" + index
                    x: view.timeColumnWidth + (isGap ? 0 : lane * laneWidth)
                    y: Theme.spacing + topMinute * view.minuteHeight + 1
                    width: (isGap ? flick.width - view.timeColumnWidth - Theme.margin : laneWidth) - view.blockGap
                    height: Math.max(lengthMinutes * view.minuteHeight - 2, 22)
                    z: isGap ? 0 : 1
                    activeFocusOnTab: true

                    Accessible.role: isGap ? Accessible.StaticText : Accessible.ListItem
                    Accessible.name: accessibleText
                    Accessible.focusable: true
                    Accessible.onPressAction: if (!isGap) view.sessionActivated(key)

                    onActiveFocusChanged: {
                        if (!activeFocus)
                            return
                        // Keep the focused block in sight.
                        if (y < flick.contentY)
                            flick.contentY = Math.max(0, y - Theme.spacing)
                        else if (y + height > flick.contentY + flick.height)
                            flick.contentY = Math.min(flick.contentHeight - flick.height, y + height - flick.height + Theme.spacing)
                    }

                    Keys.onUpPressed: view.focusBlock(index - 1)
                    Keys.onDownPressed: view.focusBlock(index + 1)
                    Keys.onReturnPressed: if (!isGap) view.sessionActivated(key)
                    Keys.onEnterPressed: if (!isGap) view.sessionActivated(key)
                    Keys.onSpacePressed: event => {
                        if (isGap)
                            return
                        view.pendingFocus = index
                        if (event.modifiers & Qt.ShiftModifier)
                            Agenda.cycleLevel(key)
                        else
                            Agenda.toggleBookmark(key)
                    }

                    // Free time: a quiet line of text in the space it leaves.
                    Label {
                        visible: block.isGap
                        anchors.fill: parent
                        leftPadding: Theme.spacing
                        verticalAlignment: Text.AlignVCenter
                        text: block.gapText
                        textFormat: Text.PlainText
                        font.italic: true
                        opacity: Theme.secondaryOpacity
                        elide: Text.ElideRight
                    }
                    Rectangle {
                        visible: block.isGap && block.activeFocus
                        anchors.fill: parent
                        color: "transparent"
                        border.color: palette.highlight
                        border.width: 2
                        radius: 4
                    }

                    Rectangle {
                        id: card
                        visible: !block.isGap
                        anchors.fill: parent
                        radius: 6
                        // Must see: filled with the accent; maybe: a lighter fill and a dashed-looking thin border.
                        color: Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, block.maybe ? 0.12 : 0.28)
                        border.color: block.activeFocus ? palette.highlight
                                      : Qt.rgba(palette.highlight.r, palette.highlight.g, palette.highlight.b, block.maybe ? 0.5 : 0.8)
                        border.width: block.activeFocus ? 3 : 1

                        Rectangle {
                            width: 4
                            height: parent.height - 2 * parent.radius
                            y: parent.radius
                            x: 1
                            color: block.clashText.length > 0 && !block.maybe ? Theme.warningColor : palette.highlight
                            visible: !block.maybe
                        }

                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                block.forceActiveFocus()
                                view.sessionActivated(block.key)
                            }
                        }

                        Column {
                            x: Theme.spacing + 2
                            y: 2
                            width: parent.width - x - Theme.spacing
                            height: parent.height - 4
                            clip: true
                            spacing: 0
                            Label {
                                width: parent.width
                                text: (block.maybe ? qsTr("Maybe") + " · " : "") + block.title
                                textFormat: Text.PlainText
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                visible: block.height > 40
                                text: block.timeText + (block.room.length > 0 ? " · " + block.room : "")
                                textFormat: Text.PlainText
                                opacity: Theme.secondaryOpacity
                                elide: Text.ElideRight
                            }
                            Label {
                                width: parent.width
                                visible: block.height > 62 && text.length > 0
                                text: block.note.length > 0 && block.clashText.length > 0 ? block.note + " · " + block.clashText
                                      : block.note.length > 0 ? block.note : block.clashText
                                textFormat: Text.PlainText
                                color: block.maybe ? palette.text : Theme.warningColor
                                font.italic: true
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }
        }
    }

    EmptyState {
        objectName: "timelineEmpty"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
        visible: blocks.count === 0
        iconName: "non-starred-symbolic"
        text: qsTr("Star sessions in the Agenda to build your schedule.")
        actionText: qsTr("Open the Agenda")
        onActionTriggered: Shell.page = 0
    }

    /** The row to give focus back to after the model rebuilt the day (a level or bookmark change). */
    property int pendingFocus: -1
    Connections {
        target: view.timeline
        function onLayoutChanged() {
            if (view.pendingFocus >= 0)
                restoreFocusLater.restart()
        }
    }
    Timer {
        id: restoreFocusLater
        interval: 0
        onTriggered: view.restoreFocus()
    }
    function restoreFocus() {
        focusBlock(Math.min(pendingFocus, blocks.count - 1))
        pendingFocus = -1
    }

    function focusBlock(row: int) {
        if (row < 0 || row >= blocks.count)
            return
        const item = blocks.itemAt(row)
        if (item)
            item.forceActiveFocus()
    }

    /** Puts focus on the first block (the page calls it when the timeline is shown). */
    function focusFirst() {
        focusBlock(0)
    }
}
