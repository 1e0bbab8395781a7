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
        spacing: 4

        // One of many: the chosen day looks pressed, a click switches to another.
        Button {
            objectName: "allDays"
            visible: Agenda.dayLabels.length > 1
            text: qsTr("All days")
            // Not checkable: a click must never untick the chosen day (it only ever chooses one).
            checked: bar.filter.day < 0
            Accessible.checkable: true
            Accessible.checked: checked
            flat: !checked
            Accessible.role: Accessible.RadioButton
            Accessible.name: qsTr("Show all days")
            Accessible.onPressAction: bar.filter.chooseDay(-1)
            onClicked: bar.filter.chooseDay(-1)
        }
        Repeater {
            model: Agenda.dayLabels.length > 1 ? Agenda.dayLabels : []
            PlainButton {
                id: dayChip
                required property int index
                required property string modelData
                objectName: "day" + index
                text: modelData
                checked: bar.filter.day === dayChip.index
                Accessible.checkable: true
                Accessible.checked: checked
                flat: !checked
                Accessible.role: Accessible.RadioButton
                Accessible.name: qsTr("Show %1").arg(modelData)
                Accessible.onPressAction: bar.filter.chooseDay(dayChip.index)
                onClicked: bar.filter.chooseDay(dayChip.index)
            }
        }
        Button {
            id: tracksButton
            visible: Agenda.tracks.length > 1
            text: bar.filter.tracks.length > 0 ? qsTr("Tracks (%1) ▾").arg(bar.filter.tracks.length) : qsTr("Tracks ▾")
            flat: bar.filter.tracks.length === 0
            Accessible.name: qsTr("Choose tracks")
            onClicked: {
                tracksPopup.counts = bar.filter.countsFor("track")
                tracksPopup.open()
            }

            ChoicePopup {
                id: tracksPopup
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
        Button {
            id: roomsButton
            visible: Agenda.rooms.length > 1
            text: bar.filter.rooms.length > 0 ? qsTr("Rooms (%1) ▾").arg(bar.filter.rooms.length) : qsTr("Rooms ▾")
            flat: bar.filter.rooms.length === 0
            Accessible.name: qsTr("Choose rooms")
            onClicked: {
                roomsPopup.counts = bar.filter.countsFor("room")
                roomsPopup.open()
            }

            ChoicePopup {
                id: roomsPopup
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
        Button {
            objectName: "bookmarkedOnly"
            text: qsTr("★ Bookmarked")
            checkable: true
            checked: bar.filter.bookmarkedOnly
            flat: !checked
            Accessible.name: qsTr("Show only bookmarked sessions")
            onToggled: bar.filter.bookmarkedOnly = checked
        }
        Button {
            id: gridButton
            objectName: "gridToggle"
            text: qsTr("Grid")
            icon.name: "view-grid-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            checkable: true
            flat: !checked
            Accessible.name: checked ? qsTr("Show the list") : qsTr("Show the day as a grid of rooms")
        }
        Button {
            objectName: "jumpToNow"
            text: qsTr("Now")
            icon.name: "go-jump-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            flat: true
            Accessible.name: qsTr("Jump to what is on now")
            onClicked: bar.jumpToNowRequested()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.margin
        Layout.rightMargin: Theme.spacing
        visible: bar.filter.narrowed || Agenda.hiddenTracks.length + Agenda.hiddenRooms.length > 0
        spacing: Theme.spacing

        Label {
            objectName: "filterSummary"
            Layout.fillWidth: true
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
            visible: bar.filter.narrowed
            text: qsTr("Reset filters")
            icon.name: "edit-clear-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: text
            onClicked: bar.filter.resetFilters()
        }
        ToolButton {
            visible: Agenda.hiddenTracks.length + Agenda.hiddenRooms.length > 0
            text: qsTr("Show hidden")
            icon.name: "view-reveal-symbolic"
            icon.color: palette.buttonText // tints symbolic icons for dark palettes
            Accessible.name: qsTr("Show the hidden tracks and rooms again")
            onClicked: Agenda.showHidden()
        }
    }
}
