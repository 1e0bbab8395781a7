pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Attend

// Above the first session of a time slot: the day (when a new day starts) and the slot's start time.
ColumnLayout {
    id: header

    required property bool showDay
    required property string day
    required property string time

    spacing: 0

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing * 2
        leftPadding: Theme.margin
        visible: header.showDay
        text: header.day
        textFormat: Text.PlainText
        font.bold: true
        font.pointSize: bodyFont.font.pointSize * Theme.headingScale
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        topPadding: Theme.spacing
        bottomPadding: Theme.spacing / 2
        leftPadding: Theme.margin
        text: header.time
        textFormat: Text.PlainText
        font.bold: true
        // The accent, darkened or lightened until it reads (4.5:1) on the palette's surfaces.
        color: Theme.accentText
        Accessible.role: Accessible.Heading
        Accessible.name: qsTr("From %1").arg(header.time)
    }

    FontMetrics {
        id: bodyFont
    }
}
