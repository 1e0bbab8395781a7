pragma ComponentBehavior: Bound

import QtQuick
import QtTest
import Attend

// The star: what it shows and says follows `bookmarked`; a click or Space asks for the toggle.
TestCase {
    id: testCase
    name: "BookmarkButton"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 200
    height: 100

    Component {
        id: buttonComponent
        BookmarkButton {
            sessionTitle: "Kernel news"
            bookmarked: false
        }
    }

    SignalSpy {
        id: toggles
        signalName: "toggleRequested"
    }

    function test_showsAndSaysItsState() {
        const button = createTemporaryObject(buttonComponent, testCase)
        verify(button)
        compare(button.text, "\u2606")
        compare(button.Accessible.name, "Bookmark: Kernel news")
        compare(button.Accessible.checked, false)
        button.bookmarked = true
        compare(button.text, "\u2605")
        compare(button.Accessible.name, "Remove bookmark: Kernel news")
        compare(button.Accessible.checked, true)
    }

    function test_clickAndSpaceAskForTheToggle() {
        const button = createTemporaryObject(buttonComponent, testCase)
        toggles.clear()
        toggles.target = button
        mouseClick(button)
        compare(toggles.count, 1)
        compare(button.bookmarked, false) // the owner decides; the button only asks
        button.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(toggles.count, 2)
    }
}
