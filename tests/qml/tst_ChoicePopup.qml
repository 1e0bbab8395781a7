pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// Tracks or rooms to pick from: ticked ones are the chosen, hidden ones cannot be ticked and say
// "hidden", and the rows ask for a toggle or a hide by name.
TestCase {
    id: testCase
    name: "ChoicePopup"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 500
    height: 500

    Component {
        id: popupComponent
        ChoicePopup {
            kindLabel: "Tracks"
            choices: ["Organic", "Mandatory", "Right-sized"]
            chosen: ["Mandatory"]
            hidden: ["Right-sized"]
        }
    }

    SignalSpy {
        id: toggles
        signalName: "toggled"
    }
    SignalSpy {
        id: hides
        signalName: "hideRequested"
    }

    function findAll(item: Item, test: var, found: var): var {
        if (test(item))
            found.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], test, found)
        return found
    }
    function checkBoxFor(popup: var, label: string): var {
        const boxes = findAll(popup.contentItem, item => item instanceof CheckBox && item.text === label, [])
        return boxes.length === 1 ? boxes[0] : null
    }
    function hideButtonFor(popup: var, label: string): var {
        const buttons = findAll(popup.contentItem, item => item instanceof ToolButton
                                && item.Accessible.name === "Never show " + label + " in this conference", [])
        return buttons.length === 1 ? buttons[0] : null
    }

    function test_showsChosenAndHidden() {
        const popup = createTemporaryObject(popupComponent, testCase)
        popup.open()
        tryCompare(popup, "opened", true)
        const organic = checkBoxFor(popup, "Organic")
        const mandatory = checkBoxFor(popup, "Mandatory")
        const rightSized = checkBoxFor(popup, "Right-sized")
        verify(organic && mandatory && rightSized)
        verify(!organic.checked)
        verify(mandatory.checked)
        verify(organic.enabled)
        verify(!rightSized.enabled)
        verify(hideButtonFor(popup, "Organic").visible)
        verify(!hideButtonFor(popup, "Right-sized").visible)
        const hiddenLabels = findAll(popup.contentItem, item => item instanceof Label && item.text === "hidden" && item.visible, [])
        compare(hiddenLabels.length, 1)
    }

    function test_asksByName() {
        const popup = createTemporaryObject(popupComponent, testCase)
        toggles.clear()
        hides.clear()
        toggles.target = popup
        hides.target = popup
        popup.open()
        tryCompare(popup, "opened", true)
        mouseClick(checkBoxFor(popup, "Organic"))
        compare(toggles.count, 1)
        compare(toggles.signalArguments[0][0], "Organic")
        mouseClick(hideButtonFor(popup, "Mandatory"))
        compare(hides.count, 1)
        compare(hides.signalArguments[0][0], "Mandatory")
    }
}
