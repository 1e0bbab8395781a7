pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Where to look and what to narrow: a day (one, or all days: navigation, not a filter), tracks and
// rooms to pick from with their counts for that day, "bookmarked only", and "Now"; under it, when
// a filter narrows or something is hidden, how much is shown and one click to undo it.
ColumnLayout {
    id: bar

    required property SessionFilterModel filter

    /** The day as a grid of rooms against time, instead of the list. */
    property alias gridShown: gridButton.checked

    signal jumpToNowRequested()

    spacing: 0

    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        Layout.rightMargin: Theme.spacing
        Layout.topMargin: Theme.spacing / 2
        spacing: Theme.spacing

        // One of many, as a segmented control: the chosen day is filled, a click switches to
        // another, Left and Right move along the days.
        Row {
            visible: Agenda.dayLabels.length > 1
            spacing: 0

            SegmentButton {
                objectName: "allDays"
                first: true
                last: Agenda.dayLabels.length <= 1
                text: qsTr("All days")
                // Not checkable: a click must never untick the chosen day (it only ever chooses one).
                checked: bar.filter.day < 0
                Accessible.checkable: true
                Accessible.checked: checked
                Accessible.role: Accessible.RadioButton
                Accessible.name: qsTr("Show all days")
                Accessible.onPressAction: bar.filter.chooseDay(-1)
                onClicked: bar.filter.chooseDay(-1)
            }
            Repeater {
                model: Agenda.dayLabels.length > 1 ? Agenda.dayLabels : []
                SegmentButton {
                    id: dayChip
                    required property int index
                    required property string modelData
                    objectName: "day" + index
                    last: dayChip.index === Agenda.dayLabels.length - 1
                    text: modelData
                    checked: bar.filter.day === dayChip.index
                    Accessible.checkable: true
                    Accessible.checked: checked
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("Show %1").arg(modelData)
                    Accessible.onPressAction: bar.filter.chooseDay(dayChip.index)
                    onClicked: bar.filter.chooseDay(dayChip.index)
                }
            }
        }
        FilterButton {
            id: tracksButton
            visible: Agenda.tracks.length > 1
            text: bar.filter.tracks.length > 0 ? qsTr("Tracks (%1) ▾").arg(bar.filter.tracks.length) : qsTr("Tracks ▾")
            active: bar.filter.tracks.length > 0
            Accessible.name: qsTr("Choose tracks")
            onClicked: {
                tracksPopup.active = true
                const popup = tracksPopup.item as ChoicePopup
                popup.counts = bar.filter.countsFor("track")
                popup.open()
            }

            // Made on the first press: a list of every track is not needed for the first frame.
            Loader {
                id: tracksPopup
                active: false
                sourceComponent: Component {
                    ChoicePopup {
                        y: tracksButton.height
                        kindLabel: qsTr("Tracks")
                        dayLabel: bar.filter.day >= 0 ? Agenda.dayLabels[bar.filter.day] ?? "" : ""
                        choices: Agenda.tracks
                        chosen: bar.filter.tracks
                        hidden: Agenda.hiddenTracks
                        onToggled: choice => bar.filter.toggleTrack(choice)
                        onHideRequested: choice => Agenda.hideTrack(choice)
                    }
                }
            }
        }
        FilterButton {
            id: roomsButton
            visible: Agenda.rooms.length > 1
            text: bar.filter.rooms.length > 0 ? qsTr("Rooms (%1) ▾").arg(bar.filter.rooms.length) : qsTr("Rooms ▾")
            active: bar.filter.rooms.length > 0
            Accessible.name: qsTr("Choose rooms")
            onClicked: {
                roomsPopup.active = true
                const popup = roomsPopup.item as ChoicePopup
                popup.counts = bar.filter.countsFor("room")
                popup.open()
            }

            // Made on the first press: a list of every room is not needed for the first frame.
            Loader {
                id: roomsPopup
                active: false
                sourceComponent: Component {
                    ChoicePopup {
                        y: roomsButton.height
                        kindLabel: qsTr("Rooms")
                        dayLabel: bar.filter.day >= 0 ? Agenda.dayLabels[bar.filter.day] ?? "" : ""
                        choices: Agenda.rooms
                        chosen: bar.filter.rooms
                        hidden: Agenda.hiddenRooms
                        onToggled: choice => bar.filter.toggleRoom(choice)
                        onHideRequested: choice => Agenda.hideRoom(choice)
                    }
                }
            }
        }
        FilterButton {
            objectName: "bookmarkedOnly"
            text: qsTr("Bookmarked")
            icon.name: "starred-symbolic"
            checkable: true
            checked: bar.filter.bookmarkedOnly
            Accessible.name: qsTr("Show only bookmarked sessions")
            onToggled: bar.filter.bookmarkedOnly = checked
        }
        FilterButton {
            id: gridButton
            objectName: "gridToggle"
            text: qsTr("Grid")
            icon.name: "view-grid-symbolic"
            checkable: true
            Accessible.name: checked ? qsTr("Show the list") : qsTr("Show the day as a grid of rooms")
        }
        FilterButton {
            objectName: "jumpToNow"
            text: qsTr("Now")
            icon.name: "go-jump-symbolic"
            Accessible.name: qsTr("Jump to what is on now")
            onClicked: bar.jumpToNowRequested()
        }
    }

    // Always one line high, so the list below never jumps when a filter starts or stops narrowing:
    // what is narrowed or hidden with one click to undo it, else how many sessions there are.
    RowLayout {
        id: summaryRow

        readonly property bool narrowed: bar.filter.narrowed || Agenda.hiddenTracks.length + Agenda.hiddenRooms.length > 0

        Layout.fillWidth: true
        Layout.preferredHeight: resetButton.implicitHeight
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Label {
            objectName: "sessionCountLine"
            Layout.fillWidth: true
            visible: !summaryRow.narrowed
            text: bar.filter.day >= 0
                  ? qsTr("%n session(s) on %1", "", bar.filter.count).arg(Agenda.dayLabels[bar.filter.day] ?? "")
                  : qsTr("%n session(s)", "", bar.filter.count)
            textFormat: Text.PlainText
            color: Theme.secondaryText
            elide: Text.ElideRight
        }
        Label {
            objectName: "filterSummary"
            Layout.fillWidth: true
            visible: summaryRow.narrowed
            text: {
                const hiddenCount = Agenda.hiddenTracks.length + Agenda.hiddenRooms.length
                let summary = bar.filter.day >= 0
                    ? qsTr("Showing %1 of %2 sessions on %3").arg(bar.filter.count).arg(bar.filter.dayCount).arg(Agenda.dayLabels[bar.filter.day] ?? "")
                    : qsTr("Showing %1 of %2 sessions").arg(bar.filter.count).arg(bar.filter.dayCount)
                if (hiddenCount > 0)
                    summary += " · " + qsTr("%n track(s) or room(s) hidden", "", hiddenCount)
                return summary
            }
            textFormat: Text.PlainText
            elide: Text.ElideRight
        }
        ToolButton {
            id: resetButton
            visible: bar.filter.narrowed
            text: qsTr("Reset filters")
            icon.name: "edit-clear-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: text
            onClicked: bar.filter.resetFilters()
            FocusRing {
                target: parent
            }
        }
        ToolButton {
            visible: Agenda.hiddenTracks.length + Agenda.hiddenRooms.length > 0
            text: qsTr("Show hidden")
            icon.name: "view-reveal-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: qsTr("Show the hidden tracks and rooms again")
            onClicked: Agenda.showHidden()
            FocusRing {
                target: parent
            }
        }
    }
}
