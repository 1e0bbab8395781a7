pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// An info bar above the content (a feed that failed, a guessed time zone, what "Now" found): an
// icon, the message, an optional action button and a close button, on a tint that says its kind.
// Hidden while the text is empty, and once closed until the text changes. Extra controls (a
// password field) go inside it as children and sit between the message and the buttons.
Frame {
    id: banner

    property string text
    /** A warning (something failed, something to act on), else information. */
    property bool warning: false
    /** The action's word ("Refresh now"); no action button when empty. */
    property string actionText
    property string actionIcon
    /** What a screen reader says for the action; by default its word. */
    property string actionAccessibleName: actionText
    /** Whether the person can put it away (a notice that stays true, like a zone note, still can). */
    property bool closable: true
    /** Closed by the person; opened again by a new text. */
    property bool dismissed: false
    readonly property bool shown: banner.text.length > 0 && !banner.dismissed
    onShownChanged: banner.makeButtons()
    Component.onCompleted: banner.makeButtons()
    // The action and close buttons (and the close icon's look-up) are most of a bar's cost, and
    // most bars never show: they are made the first time this one does, then kept. From their
    // own file, with the banner as an initial property (Qt 6.4 refuses a bound inline component
    // in a Loader here).
    function makeButtons() {
        if (banner.shown && buttonsLoader.status === Loader.Null)
            buttonsLoader.setSource(Qt.resolvedUrl("BannerButtons.qml"), { banner: banner })
    }
    default property alias extraContent: extras.data

    signal actionTriggered()

    onTextChanged: banner.dismissed = false

    // Pages may bind `visible` themselves; an empty or closed bar still takes no room.
    visible: banner.shown
    implicitHeight: banner.shown ? implicitContentHeight + topPadding + bottomPadding : 0
    padding: Theme.spacing / 2
    leftPadding: Theme.margin
    rightPadding: Theme.spacing
    Accessible.role: Accessible.AlertMessage
    Accessible.name: banner.text

    background: Rectangle {
        visible: banner.shown
        color: banner.warning ? Theme.warningBarBackground : Theme.infoBarBackground
        Rectangle {
            width: parent.width
            height: 1
            anchors.bottom: parent.bottom
            color: Theme.cardBorder
        }
    }

    RowLayout {
        width: banner.availableWidth
        visible: banner.shown
        spacing: Theme.spacing

        IconImage {
            Layout.preferredWidth: 16
            Layout.preferredHeight: 16
            Layout.alignment: Qt.AlignVCenter
            // Looked up only once shown: most bars stay empty, and start-up need not load their icons.
            name: !banner.shown ? "" : banner.warning ? "dialog-warning-symbolic" : "dialog-information-symbolic"
            color: banner.warning ? Theme.warningBarText : Theme.infoBarText
            sourceSize.width: 16
            sourceSize.height: 16
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: banner.text
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: banner.warning ? Theme.warningBarText : Theme.infoBarText
            Accessible.ignored: true // the bar itself says it
        }
        RowLayout {
            id: extras
            spacing: Theme.spacing
            visible: children.length > 0
        }
        Loader {
            id: buttonsLoader
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
