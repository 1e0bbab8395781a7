pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Everyone who speaks, searchable as you type, with how many sessions each has; choosing a
// person lists their sessions beside, each opening its page.
Page {
    id: page

    signal sessionActivated(string sessionKey)

    property string chosenName
    property list<string> chosenKeys

    title: qsTr("Speakers")

    SpeakerFilterModel {
        id: filteredSpeakers
        sourceModel: Agenda.speakers
        searchText: searchField.text
    }

    function choose(row) {
        if (row < 0 || row >= filteredSpeakers.count)
            return
        page.chosenName = filteredSpeakers.data(filteredSpeakers.index(row, 0), SpeakerListModel.NameRole)
        page.chosenKeys = filteredSpeakers.sessionKeysAt(row)
    }

    // Typing narrows the list under the selection: the person shown follows the selected row.
    Connections {
        target: filteredSpeakers
        function onCountChanged() {
            page.choose(speakerList.currentIndex)
        }
    }

    Connections {
        target: Agenda
        function onConferenceChanged() {
            page.chosenName = ""
            page.chosenKeys = []
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.preferredWidth: 340
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: 0

            TextField {
                id: searchField
                objectName: "speakerSearch"
                Layout.fillWidth: true
                Layout.margins: Theme.spacing
                placeholderText: qsTr("Search speakers")
                selectByMouse: true
                Accessible.name: qsTr("Search speakers")
                Keys.onDownPressed: speakerList.forceActiveFocus()
            }

            KeyFollower {
                view: speakerList
            }

            ListView {
                id: speakerList
                objectName: "speakerList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: filteredSpeakers
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                reuseItems: true
                cacheBuffer: 600
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Speakers")
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: page.choose(currentIndex)

                delegate: ItemDelegate {
                    id: speakerRow
                    required property int index
                    required property string name
                    required property int sessionCount
                    width: speakerRow.ListView.view ? speakerRow.ListView.view.width : implicitWidth
                    leftPadding: Theme.margin
                    highlighted: speakerRow.ListView.isCurrentItem
                    text: name
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1, %n session(s)", "", sessionCount).arg(name)
                    onClicked: speakerRow.ListView.view.currentIndex = speakerRow.index

                    contentItem: RowLayout {
                        Label {
                            Layout.fillWidth: true
                            text: speakerRow.name
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                        }
                        Label {
                            text: speakerRow.sessionCount
                            textFormat: Text.PlainText
                            opacity: Theme.secondaryOpacity
                        }
                    }
                }

                EmptyState {
                    objectName: "speakersEmpty"
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                    visible: speakerList.count === 0
                    iconName: searchField.text.length > 0 ? "edit-find-symbolic" : "system-users-symbolic"
                    text: searchField.text.length > 0 ? qsTr("No speaker matches “%1”.").arg(searchField.text)
                                                      : qsTr("This agenda names no speakers.")
                    actionText: searchField.text.length > 0 ? qsTr("Clear search") : ""
                    onActionTriggered: searchField.clear()
                }
            }
        }

        ToolSeparator {
            Layout.fillHeight: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing

            Label {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                text: page.chosenName.length > 0 ? page.chosenName : qsTr("Choose a speaker to see their sessions.")
                textFormat: Text.PlainText
                font.bold: page.chosenName.length > 0
                font.pointSize: page.font.pointSize * Theme.headingScale
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            ListView {
                objectName: "speakerSessions"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: page.chosenKeys
                currentIndex: -1
                // A new person: nothing selected until the keyboard comes here (the view would pick row 0).
                onModelChanged: currentIndex = -1
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                onActiveFocusChanged: {
                    if (activeFocus && currentIndex < 0 && count > 0)
                        currentIndex = 0
                }
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Sessions of %1").arg(page.chosenName)

                delegate: SessionCard {
                    id: sessionRow
                    required property string modelData
                    // A snapshot of the session; again whenever a bookmark of this conference changes
                    // (added, taken away, or its level switched).
                    readonly property var summary: Agenda.bookmarkRevision >= 0 ? Agenda.sessionSummary(modelData) : ({})
                    key: modelData
                    title: summary.title
                    detailLine: summary.detailLine
                    startTime: summary.startTime ?? ""
                    track: summary.track ?? ""
                    bookmarked: summary.bookmarked
                    maybe: summary.maybe ?? false
                    estimated: summary.timeEstimated ?? false
                    isCancelled: summary.cancelled ?? false
                    showTime: true
                    showHourRule: false
                    onActivated: sessionKey => page.sessionActivated(sessionKey)
                    onBookmarkToggled: sessionKey => Agenda.toggleBookmark(sessionKey)
                    onLevelChosen: (sessionKey, maybe) => Agenda.setMaybe(sessionKey, maybe)
                }

                Keys.onReturnPressed: {
                    if (currentItem)
                        page.sessionActivated((currentItem as SessionCard).key)
                }
                Keys.onEnterPressed: {
                    if (currentItem)
                        page.sessionActivated((currentItem as SessionCard).key)
                }
                Keys.onSpacePressed: event => {
                    if (!currentItem)
                        return
                    if (event.modifiers & Qt.ShiftModifier)
                        Agenda.cycleLevel((currentItem as SessionCard).key)
                    else
                        Agenda.toggleBookmark((currentItem as SessionCard).key)
                }
            }
        }
    }

    function focusList() {
        speakerList.forceActiveFocus()
        if (speakerList.currentIndex < 0 && speakerList.count > 0)
            speakerList.currentIndex = 0
    }
}
