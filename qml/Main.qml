pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

ApplicationWindow {
    id: window

    width: 1000
    height: 720
    minimumWidth: 420
    minimumHeight: 360
    visible: true
    title: qsTr("Attend")

    function openSession(sessionKey: string) {
        stack.push(sessionPage, { sessionKey: sessionKey })
    }

    function openConference() {
        stack.push(conferencePage)
    }

    function goBack() {
        if (stack.depth > 1)
            stack.pop()
    }

    Shortcut {
        sequences: ["Escape", "Alt+Left"]
        enabled: stack.depth > 1
        onActivated: window.goBack()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: HomePage {
            objectName: "homePage"
            onSessionActivated: sessionKey => window.openSession(sessionKey)
            onConferenceRequested: window.openConference()
        }
    }

    Component {
        id: sessionPage
        SessionPage {
            onBackRequested: window.goBack()
        }
    }

    Component {
        id: conferencePage
        ConferencePage {
            onBackRequested: window.goBack()
        }
    }
}
