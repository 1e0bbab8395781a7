pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// Above the first session of each time slot: the day and start time the sessions below share.
Label {
    topPadding: Theme.spacing * 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.margin
    font.bold: true
    color: palette.highlight
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
