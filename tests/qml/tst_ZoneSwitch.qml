pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// "My time" / "Event time" drives the formatter every view shares, and follows it.
TestCase {
    id: testCase
    name: "ZoneSwitch"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 400
    height: 100

    Component {
        id: switchComponent
        ZoneSwitch {
            formatter: Agenda.formatter
        }
    }

    function buttonWithText(parentItem: Item, label: string): Button {
        for (let i = 0; i < parentItem.children.length; ++i) {
            const child = parentItem.children[i]
            if (child instanceof Button && child.text === label)
                return child
        }
        return null
    }

    function cleanup() {
        Agenda.formatter.useEventZone = false
    }

    function test_clickingChoosesTheZone() {
        const zoneSwitch = createTemporaryObject(switchComponent, testCase)
        verify(zoneSwitch)
        waitForItemPolished(zoneSwitch)
        const mine = buttonWithText(zoneSwitch, "My time")
        const event = buttonWithText(zoneSwitch, "Event time")
        verify(mine)
        verify(event)
        verify(mine.checked)
        verify(!event.checked)
        compare(Agenda.formatter.useEventZone, false)

        mouseClick(event)
        compare(Agenda.formatter.useEventZone, true)
        verify(event.checked)
        verify(!mine.checked)

        mouseClick(mine)
        compare(Agenda.formatter.useEventZone, false)
        verify(mine.checked)
    }

    function test_followsTheFormatter() {
        const zoneSwitch = createTemporaryObject(switchComponent, testCase)
        const event = buttonWithText(zoneSwitch, "Event time")
        Agenda.formatter.useEventZone = true
        verify(event.checked)
        Agenda.formatter.useEventZone = false
        verify(!event.checked)
    }

    function test_namesTheZonesForScreenReaders() {
        const zoneSwitch = createTemporaryObject(switchComponent, testCase)
        const mine = buttonWithText(zoneSwitch, "My time")
        const event = buttonWithText(zoneSwitch, "Event time")
        compare(mine.Accessible.name, "Show times in my time zone, America/New_York")
        compare(event.Accessible.name, "Show times in the event's time zone, Europe/Berlin")
    }

    function ringOf(root: Item): var {
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i]
            if (child.objectName === "focusRing")
                return child
            const found = ringOf(child)
            if (found)
                return found
        }
        return null
    }

    // A segmented control: Left and Right move along it; the accent ring shows keyboard focus only.
    function test_keyboardMovesAlongAndShowsTheRing() {
        const zoneSwitch = createTemporaryObject(switchComponent, testCase)
        waitForItemPolished(zoneSwitch)
        const mine = buttonWithText(zoneSwitch, "My time")
        const event = buttonWithText(zoneSwitch, "Event time")
        const mineRing = ringOf(mine)
        const eventRing = ringOf(event)
        verify(mineRing && eventRing)

        mouseClick(mine) // a click may give focus, but shows no ring
        verify(!mineRing.visible)

        keyClick(Qt.Key_Tab)
        verify(event.activeFocus)
        verify(eventRing.visible)
        compare(eventRing.border.width, 2)
        compare(eventRing.border.color, Theme.focusRing)
        verify(!mineRing.visible)
        keyClick(Qt.Key_Left)
        verify(mine.activeFocus)
        verify(mineRing.visible)
        verify(!eventRing.visible)
        keyClick(Qt.Key_Right)
        verify(event.activeFocus)
        keyClick(Qt.Key_Space)
        compare(Agenda.formatter.useEventZone, true)
        keyClick(Qt.Key_Left)
        verify(mine.activeFocus)
    }
}
