pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// The Undo notice: shown with a message, it ends by its action or expires (time, Close, or a
// newer notice), and says which, once.
TestCase {
    id: testCase
    name: "Toast"
    when: windowShown
    visible: true // TestCase is invisible by default: clicks would reach nothing
    width: 600
    height: 200

    Component {
        id: toastComponent
        Toast {
            timeout: 200
        }
    }
    SignalSpy {
        id: acted
        signalName: "actionTriggered"
    }
    SignalSpy {
        id: expired
        signalName: "expired"
    }

    function makeToast(): Toast {
        const toast = createTemporaryObject(toastComponent, testCase) as Toast
        acted.clear()
        expired.clear()
        acted.target = toast
        expired.target = toast
        return toast
    }
    function child(root: Item, name: string): var {
        if (root.objectName === name)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = child(root.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function test_theActionEndsItOnce() {
        const toast = makeToast()
        verify(!toast.visible)
        toast.show("Removed “Talk” from your schedule")
        verify(toast.visible)
        compare(toast.Accessible.role, Accessible.AlertMessage)
        compare(toast.Accessible.name, "Removed “Talk” from your schedule")
        const undo = child(toast, "toastAction")
        verify(undo)
        waitForItemPolished(toast)
        mouseClick(undo)
        compare(acted.count, 1)
        compare(expired.count, 0)
        verify(!toast.visible)
        wait(300) // its time passing later changes nothing
        compare(expired.count, 0)
    }

    function test_itExpiresAfterItsTime() {
        const toast = makeToast()
        toast.show("Removed “Talk” from your schedule")
        expired.wait(2000)
        compare(expired.count, 1)
        compare(acted.count, 0)
        verify(!toast.visible)
    }

    function test_aNewerNoticeExpiresTheOneBefore() {
        const toast = makeToast()
        toast.show("first")
        toast.show("second")
        compare(expired.count, 1)
        compare(toast.message, "second")
        toast.act()
        compare(acted.count, 1)
        compare(expired.count, 1)
    }
}
