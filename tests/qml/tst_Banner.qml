pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// The info bar: hidden and without height while empty (its buttons not even made), put away by
// Close until its text changes, and its action says so.
TestCase {
    id: testCase
    name: "Banner"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 600
    height: 200

    Component {
        id: bannerComponent
        Banner {
            width: 600
            actionText: "Refresh now"
        }
    }
    SignalSpy {
        id: acted
        signalName: "actionTriggered"
    }

    function buttonNamed(root: Item, accessibleName: string): var {
        if ("checked" in root && root.Accessible.name === accessibleName)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = buttonNamed(root.children[i], accessibleName)
            if (found)
                return found
        }
        return null
    }

    function test_emptyTakesNoRoomAndCloseKeepsItAway() {
        const banner = createTemporaryObject(bannerComponent, testCase) as Banner
        acted.target = banner
        acted.clear()
        verify(!banner.visible)
        compare(banner.implicitHeight, 0)
        // Its buttons are made the first time it shows (most bars never do).
        compare(buttonNamed(banner, "Close the notice"), null)
        compare(buttonNamed(banner, "Refresh now"), null)

        banner.text = "Offline — showing the copy from 10:42"
        verify(banner.visible)
        verify(banner.implicitHeight > 0)
        compare(banner.Accessible.role, Accessible.AlertMessage)
        waitForItemPolished(banner)

        mouseClick(buttonNamed(banner, "Refresh now"))
        compare(acted.count, 1)

        mouseClick(buttonNamed(banner, "Close the notice"))
        verify(!banner.visible)
        compare(banner.implicitHeight, 0)
        banner.text = "Could not update (HTTP 404 Not Found)"
        verify(banner.visible) // a new message shows again
    }

    function test_aWarningLooksLikeOne() {
        const banner = createTemporaryObject(bannerComponent, testCase) as Banner
        banner.text = "Could not update"
        compare(banner.background.color, Theme.infoBarBackground)
        banner.warning = true
        compare(banner.background.color, Theme.warningBarBackground)
    }
}
