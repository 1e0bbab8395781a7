pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// "My time" / "Event time": which zone every time on screen is shown in, as a segmented control.
RowLayout {
    id: zoneSwitch

    required property TimeFormatter formatter

    spacing: 0

    ButtonGroup { id: zoneGroup }

    SegmentButton {
        id: viewerButton
        first: true
        text: qsTr("My time")
        checkable: true
        checked: !zoneSwitch.formatter.useEventZone
        ButtonGroup.group: zoneGroup
        PlainToolTip {
            visible: viewerButton.hovered
            text: zoneSwitch.formatter.viewerZoneName
        }
        Accessible.name: qsTr("Show times in my time zone, %1").arg(zoneSwitch.formatter.viewerZoneName)
        Accessible.onPressAction: zoneSwitch.formatter.useEventZone = false
        onClicked: zoneSwitch.formatter.useEventZone = false
    }

    SegmentButton {
        id: eventButton
        last: true
        text: qsTr("Event time")
        checkable: true
        checked: zoneSwitch.formatter.useEventZone
        ButtonGroup.group: zoneGroup
        PlainToolTip {
            visible: eventButton.hovered
            text: zoneSwitch.formatter.eventZoneName
        }
        Accessible.name: qsTr("Show times in the event's time zone, %1").arg(zoneSwitch.formatter.eventZoneName)
        Accessible.onPressAction: zoneSwitch.formatter.useEventZone = true
        onClicked: zoneSwitch.formatter.useEventZone = true
    }
}
