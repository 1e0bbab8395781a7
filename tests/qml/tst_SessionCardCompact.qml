pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtTest
import Attend

// The grid's card: a SessionCard in its compact form. Whole lines only (the title first, the
// details when there is room), the list card's content never made, the accessible name and
// tooltip text saying what the card cannot show; dimmed when a search leaves it out.
TestCase {
    id: testCase
    name: "SessionCardCompact"
    when: windowShown
    visible: true
    width: 400
    height: 300

    FontMetrics {
        id: titleMetrics
        font.weight: Font.DemiBold
    }
    FontMetrics {
        id: detailMetrics
        font.pointSize: titleMetrics.font.pointSize * 0.9
    }

    Component {
        id: listCardComponent
        SessionCard {
            width: 400
            key: "k2"
            title: "A list card"
        }
    }

    Component {
        id: cardComponent
        SessionCard {
            id: cell
            compact: true
            cardContent: CompactCardContent {
                session: cell
                titleLineHeight: titleMetrics.height
                detailLineHeight: detailMetrics.height
                detailPointSize: detailMetrics.font.pointSize
            }
            width: 180
            key: "k1"
            title: "A talk with a title long enough to need two lines or three"
            detailLine: "15:00–15:20 · Ada Lovelace"
            hiddenDetail: "UA2.118, Nix and NixOS"
            track: "Nix and NixOS"
        }
    }

    function labels(item: Item): list<Item> {
        let found = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child instanceof Label)
                found.push(child)
        }
        return found
    }

    function hasStar(item: Item): bool {
        if (item instanceof BookmarkButton)
            return true
        for (let i = 0; i < item.children.length; ++i) {
            if (hasStar(item.children[i]))
                return true
        }
        return false
    }

    function test_wholeLinesOnly() {
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        const content = card.cardContent
        verify(content instanceof CompactCardContent)
        verify(!hasStar(card)) // the list card's lines and stars were never made
        verify(hasStar(createTemporaryObject(listCardComponent, testCase))) // as a list card has them
        const [title, detail] = labels(content)

        // Room for one line of the title (and the card's padding): the title only, on one line.
        card.height = titleMetrics.height + 10
        tryVerify(() => title.lineCount === 1)
        verify(title.truncated)
        verify(!detail.visible)
        verify(title.y + title.height <= content.height + 0.5)

        // Room for the whole title and a line of details: both, no line cut.
        card.height = 4 * titleMetrics.height + detailMetrics.height + 10
        tryVerify(() => detail.visible)
        verify(title.lineCount >= 2)
        verify(detail.y + detail.lineCount * detailMetrics.height <= content.height + 0.5)
    }

    function test_starAndAccessibleName() {
        const card = createTemporaryObject(cardComponent, testCase, { bookmarked: true, isPast: true, height: 60 })
        const [title] = labels(card.cardContent)
        verify(title.text.startsWith("\u2605 "))
        compare(card.fullText(), "A talk with a title long enough to need two lines or three, 15:00–15:20 · Ada Lovelace, "
                               + "UA2.118, Nix and NixOS, bookmarked, Ended")
        compare(card.opacity, 1)
        card.matchesSearch = false
        compare(card.opacity, 0.4)
        verify(card.fullText().endsWith(", does not match the search"))
    }

    SignalSpy {
        id: activations
        signalName: "activated"
    }

    function test_clickActivates() {
        const card = createTemporaryObject(cardComponent, testCase, { height: 60 })
        activations.clear()
        activations.target = card
        mouseClick(card)
        compare(activations.count, 1)
        compare(activations.signalArguments[0][0], "k1")
    }

    Component {
        id: switchComponent
        ToggleSwitch {
            text: "Pause reminders"
        }
    }

    function test_switchTogglesAndShowsKeyboardFocus() {
        const control = createTemporaryObject(switchComponent, testCase)
        verify(control)
        verify(control.indicator.implicitWidth >= 40) // not the tiny stock switch
        let ring = null
        for (let i = 0; i < control.indicator.children.length; ++i) {
            if (control.indicator.children[i].objectName === "focusRing")
                ring = control.indicator.children[i]
        }
        verify(ring)
        control.forceActiveFocus(Qt.TabFocusReason)
        verify(control.visualFocus)
        verify(ring.visible)
        keyClick(Qt.Key_Space)
        verify(control.checked)
        mouseClick(control)
        verify(!control.checked)
    }

    Component {
        id: spinComponent
        CompactSpinBox {
            from: 0
            to: 60
            value: 10
        }
    }

    function test_spinBoxIsCompactAndSteps() {
        const box = createTemporaryObject(spinComponent, testCase)
        verify(box)
        verify(box.implicitWidth <= 130) // not the very wide stock spin box
        box.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Up)
        compare(box.value, 11)
        mouseClick(box, box.width - 5, box.height / 2) // the + button
        compare(box.value, 12)
    }
}
