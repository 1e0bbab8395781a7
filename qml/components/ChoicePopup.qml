pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// A list of tracks or rooms to pick from, several at once, each with its number of sessions on the
// day shown (a choice with none says so rather than leading to an empty list), and "Hide" for the
// ones the person never wants to see in this conference. Opened from the filter bar.
Popup {
    id: popup

    /** Every choice (tracks or rooms of the conference). */
    // Lists of strings (QStringList from C++; qmllint 6.4 will not take them as list<string>).
    property var choices
    /** The chosen ones: the filter shows only these (none: all). */
    property var chosen
    property var hidden
    /** "track" or "room", for the accessible names. */
    property string kindLabel
    /** Sessions per choice on the day shown (SessionFilterModel.countsFor); a missing choice has none. */
    property var counts: ({})
    /** The day shown ("Sat 31 Jan"); empty for all days. */
    property string dayLabel

    signal toggled(string choice)
    signal hideRequested(string choice)

    width: 360
    height: Math.min(list.contentHeight + topPadding + bottomPadding, 420)
    padding: Theme.spacing
    focus: true

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: popup.choices
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: popup.kindLabel
        ScrollBar.vertical: ScrollBar {}

        delegate: RowLayout {
            id: choiceRow
            required property string modelData
            readonly property bool isHidden: popup.hidden.indexOf(modelData) >= 0
            readonly property int count: popup.counts[modelData] ?? 0
            readonly property string countText: choiceRow.count > 0 ? qsTr("%n session(s)", "", choiceRow.count)
                                                : popup.dayLabel.length > 0 ? qsTr("none on %1").arg(popup.dayLabel)
                                                : qsTr("no sessions")
            width: ListView.view.width
            spacing: Theme.spacing

            PlainCheckBox {
                Layout.fillWidth: true
                text: choiceRow.modelData
                enabled: !choiceRow.isHidden
                checked: popup.chosen.indexOf(choiceRow.modelData) >= 0
                Accessible.name: qsTr("Show only %1 (with the others ticked), %2").arg(choiceRow.modelData).arg(choiceRow.countText)
                onToggled: popup.toggled(choiceRow.modelData)
            }
            Label {
                visible: !choiceRow.isHidden
                text: choiceRow.count > 0 ? choiceRow.count.toString() : choiceRow.countText
                textFormat: Text.PlainText
                opacity: Theme.secondaryOpacity
                font.italic: choiceRow.count === 0
                Accessible.ignored: true
            }
            ToolButton {
                visible: !choiceRow.isHidden
                text: qsTr("Hide")
                icon.name: "view-conceal-symbolic"
                icon.color: palette.buttonText // tints symbolic icons for dark palettes
                Accessible.name: qsTr("Never show %1 in this conference").arg(choiceRow.modelData)
                onClicked: popup.hideRequested(choiceRow.modelData)
                FocusRing {
                    target: parent
                }
            }
            Label {
                visible: choiceRow.isHidden
                text: qsTr("hidden")
                textFormat: Text.PlainText
                opacity: Theme.secondaryOpacity
            }
        }
    }
}
