pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// The lines of a SessionCard in its compact form (the grid): whole lines only. The title takes the
// lines that fit (with a star when bookmarked), the details the lines left over; a line that would
// be cut is not drawn at all, and what is not drawn is in the card's tooltip and accessible name.
// Set as the card's content: `SessionCard { compact: true; cardContent: CompactCardContent { session: … } }`.
Item {
    id: lines

    required property SessionCard session
    /** Line heights of the title's and the details' fonts (the grid measures them once). */
    required property real titleLineHeight
    required property real detailLineHeight
    property real detailPointSize: titleLabel.font.pointSize * 0.9

    readonly property bool muted: lines.session.isPast || lines.session.isCancelled
    readonly property int titleLines: Math.max(1, Math.floor(lines.height / lines.titleLineHeight))
    readonly property real titleHeight: Math.min(titleLabel.lineCount, lines.titleLines) * lines.titleLineHeight
    readonly property int detailLines: Math.floor((lines.height - lines.titleHeight) / lines.detailLineHeight)

    implicitHeight: lines.titleLineHeight

    Label {
        id: titleLabel
        width: parent.width
        text: (lines.session.bookmarked ? "\u2605 " : "") + lines.session.title
        textFormat: Text.PlainText
        color: lines.muted ? Theme.pastText : Theme.text
        font.weight: Font.DemiBold
        font.strikeout: lines.session.isCancelled
        wrapMode: Text.Wrap
        maximumLineCount: lines.titleLines
        elide: Text.ElideRight
        Accessible.ignored: true
    }
    Label {
        y: lines.titleHeight
        width: parent.width
        visible: lines.detailLines > 0
        text: lines.session.detailLine
        textFormat: Text.PlainText
        color: lines.muted ? Theme.pastText : Theme.secondaryText
        font.pointSize: lines.detailPointSize
        wrapMode: Text.Wrap
        maximumLineCount: Math.max(1, lines.detailLines)
        elide: Text.ElideRight
        Accessible.ignored: true
    }
}
