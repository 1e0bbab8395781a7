pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A session in the agenda: a time-slot heading when a new slot starts, then a calm two-line card:
// the title, then "09:30–09:50 · Room · Track · Speakers".
Column {
    id: row

    required property int index
    required property string key
    required property string title
    required property string detailLine
    required property string timeSlot
    required property string dayHeading
    required property string slotLabel

    signal activated(string sessionKey)

    // The view's sections ("2022-11-10 09:20") drive the headings, so they follow the filters and
    // the zone switch: a time heading where the slot changes, a day heading where the date does.
    readonly property bool startsSlot: ListView.section !== ListView.previousSection
    readonly property bool startsDay: ListView.section.substring(0, 10) !== ListView.previousSection.substring(0, 10)

    width: ListView.view ? ListView.view.width : implicitWidth

    TimeSlotHeader {
        width: row.width
        visible: row.startsSlot
        showDay: row.startsDay
        day: row.dayHeading
        time: row.slotLabel
    }

    ItemDelegate {
        id: card

        width: row.width
        padding: Theme.cardPadding
        leftPadding: Theme.margin
        rightPadding: Theme.margin
        highlighted: row.ListView.isCurrentItem

        Accessible.role: Accessible.ListItem
        Accessible.name: row.title + ", " + row.detailLine
        Accessible.onPressAction: row.activated(row.key)

        onClicked: {
            // Keep keyboard focus on the list, so arrows and Enter go on working after a click.
            const view = row.ListView.view
            if (view) {
                view.currentIndex = row.index
                view.forceActiveFocus()
            }
            row.activated(row.key)
        }

        contentItem: ColumnLayout {
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.title
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.detailLine
                opacity: Theme.secondaryOpacity
                elide: Text.ElideRight
            }
        }
    }
}
