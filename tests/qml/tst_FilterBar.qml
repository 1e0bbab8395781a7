pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// The filter bar drives a SessionFilterModel: day chips, "bookmarked only", the summary of what
// is narrowed or hidden, and one click to undo each.
TestCase {
    id: testCase
    name: "FilterBar"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 1000
    height: 200

    Component {
        id: barComponent
        FilterBar {
            width: 1000
            filter: SessionFilterModel {
                sourceModel: Agenda.sessions
                conferenceId: Agenda.conferenceId
                hiddenTracks: Agenda.hiddenTracks
                hiddenRooms: Agenda.hiddenRooms
            }
        }
    }

    function findAll(item: Item, test: var, found: var): var {
        if (test(item))
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], test, found)
        return found
    }
    function find(root: Item, test: var): var {
        const found = findAll(root, test, [])
        return found.length === 1 ? found[0] : null
    }
    function named(root: Item, name: string): var {
        return find(root, item => item.objectName === name)
    }
    function buttonWithName(root: Item, accessibleName: string): var {
        return find(root, item => "checked" in item && item.Accessible.name === accessibleName)
    }

    function click(target: Item) {
        verify(target)
        tryVerify(() => target.visible && target.width > 0)
        waitForItemPolished(target.parent)
        mouseClick(target)
    }

    function cleanup() {
        Agenda.showHidden()
    }

    // A day is navigation, one of many: a click shows that day (no filter warning), a second click
    // keeps it, "All days" goes back to every day.
    function test_dayChips() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        bar.filter.resetFilters()
        compare(Agenda.dayLabels.length, 3)
        const second = buttonWithName(bar, "Show " + Agenda.dayLabels[1])
        const all = named(bar, "allDays")
        verify(second)
        verify(!second.checked)
        verify(all.checked)
        click(second)
        compare(bar.filter.days, [1])
        verify(second.checked)
        verify(!all.checked)
        compare(bar.filter.count, 12) // DemoCon's second day
        verify(!named(bar, "filterSummary").visible)
        click(second)
        compare(bar.filter.days, [1])
        verify(second.checked)
        click(all)
        compare(bar.filter.days, [])
        verify(!second.checked)
        verify(all.checked)
        compare(bar.filter.count, 35)
    }

    function test_bookmarkedOnlyAndReset() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        bar.filter.resetFilters()
        const only = named(bar, "bookmarkedOnly")
        click(only)
        compare(bar.filter.bookmarkedOnly, true)
        compare(bar.filter.count, 0)
        const reset = find(bar, item => "checked" in item && item.text === "Reset filters")
        verify(reset.visible)
        click(reset)
        compare(bar.filter.bookmarkedOnly, false)
        verify(!only.checked)
        compare(bar.filter.count, 35)
        verify(!named(bar, "filterSummary").visible)
    }

    function test_hiddenTracksAreSaidAndUndone() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        bar.filter.resetFilters()
        Agenda.hideTrack("Organic")
        compare(bar.filter.count, 35 - 9)
        const summary = named(bar, "filterSummary")
        verify(summary.visible)
        verify(summary.text.indexOf("hidden") > 0, summary.text)
        const showHidden = buttonWithName(bar, "Show the hidden tracks and rooms again")
        verify(showHidden.visible)
        click(showHidden)
        compare(Agenda.hiddenTracks, [])
        compare(bar.filter.count, 35)
    }

    function test_gridToggle() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        compare(bar.gridShown, false)
        click(named(bar, "gridToggle"))
        compare(bar.gridShown, true)
    }

    // The line under the buttons keeps its height whether a filter narrows or not: the list below
    // does not jump when "Showing N of M" comes or goes.
    function test_theSummaryLineKeepsItsHeight() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        bar.filter.resetFilters()
        const before = bar.height
        const count = named(bar, "sessionCountLine")
        verify(count.visible)
        verify(count.text.indexOf("35") >= 0, count.text)
        click(named(bar, "bookmarkedOnly"))
        verify(named(bar, "filterSummary").visible)
        verify(!count.visible)
        waitForItemPolished(bar)
        compare(bar.height, before)
        bar.filter.resetFilters()
        waitForItemPolished(bar)
        compare(bar.height, before)
    }

    // The days are one segmented control: Right moves to the next day, Space chooses it.
    function test_daysByKeyboard() {
        const bar = createTemporaryObject(barComponent, testCase)
        waitForItemPolished(bar)
        bar.filter.resetFilters()
        const all = named(bar, "allDays")
        all.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Right)
        const first = named(bar, "day0")
        verify(first.activeFocus)
        keyClick(Qt.Key_Space)
        compare(bar.filter.days, [0])
        verify(first.checked)
        compare(first.Accessible.role, Accessible.RadioButton)
    }
}
