pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import Attend

// The window's header bar: which conference (a button that switches), the search, whose clock
// the times are in, Refresh and the main menu. The search finds sessions in the agenda wherever
// the person is; the page decides what Down and Enter do (signals).
ToolBar {
    id: bar

    readonly property alias searchText: searchField.text
    signal searchEdited()
    signal searchLeft()
    signal conferenceAboutRequested()
    signal addConferenceRequested()
    signal removeConferenceRequested(string conferenceId, string title)
    signal exportRequested()
    signal importRequested()
    signal settingsRequested()
    signal shortcutsRequested()
    signal aboutRequested()

    function focusSearch() {
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    function clearSearch() {
        searchField.clear()
    }

    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: 4
    bottomPadding: 4

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        ConferenceSwitcher {
            objectName: "conferenceSwitcher"
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            Layout.maximumWidth: implicitWidth
            onAboutRequested: bar.conferenceAboutRequested()
            onAddRequested: bar.addConferenceRequested()
            onRemoveRequested: (conferenceId, title) => bar.removeConferenceRequested(conferenceId, title)
        }

        Item {
            Layout.fillWidth: true
        }

        TextField {
            id: searchField
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            Layout.maximumWidth: 320
            leftPadding: 28
            placeholderText: qsTr("Search sessions (Ctrl+F)")
            selectByMouse: true
            Accessible.name: qsTr("Search sessions")
            onTextEdited: bar.searchEdited()
            Keys.onDownPressed: bar.searchLeft()
            Keys.onReturnPressed: bar.searchLeft()
            Keys.onEnterPressed: bar.searchLeft()

            FocusRing {
                target: searchField
            }

            IconImage {
                // Anchors follow LayoutMirroring: the icon moves to the right in RTL.
                anchors.left: parent.left
                anchors.leftMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                width: 16
                height: 16
                name: "edit-find-symbolic"
                sourceSize.width: 16
            sourceSize.height: 16
                color: Theme.secondaryText
            }
        }

        ZoneSwitch {
            formatter: Agenda.formatter
        }

        ToolButton {
            id: refreshButton
            objectName: "headerRefreshButton"
            visible: Conferences.refreshable
            enabled: !Conferences.busy
            icon.name: "view-refresh-symbolic"
            icon.color: Theme.text
            display: AbstractButton.IconOnly
            text: qsTr("Refresh")
            Accessible.name: qsTr("Refresh the agenda from its feed (F5)")
            Accessible.onPressAction: Conferences.refreshNow()
            onClicked: Conferences.refreshNow()
            PlainToolTip {
                visible: refreshButton.hovered
                text: qsTr("Refresh the agenda from its feed (F5)")
            }
            FocusRing {
                target: refreshButton
            }
        }

        MainMenuButton {
            objectName: "mainMenuButton"
            onExportRequested: bar.exportRequested()
            onImportRequested: bar.importRequested()
            onSettingsRequested: bar.settingsRequested()
            onShortcutsRequested: bar.shortcutsRequested()
            onAboutRequested: bar.aboutRequested()
        }
    }
}
