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
}
