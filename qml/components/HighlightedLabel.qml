pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Attend

// A line of feed text (a title, speakers) with the words a search matched in bold, underlined. The markup
// comes from SafeMarkup, which escapes every character of the text and adds only <b><u>: see
// tests/qml/plain-text-allowlist.txt. With no search words it is the whole text escaped.
Label {
    id: label

    /** The feed's text, as it is. */
    required property string plainText
    /** Folded search words (SessionFilterModel.searchWords); empty: no highlight. */
    property var words: []

    // Always through the escaper: StyledText must never see the feed's own characters as markup.
    // Styled text only while a search has words to show in bold: plain text lays out for less.
    readonly property bool highlighting: words.length > 0
    text: highlighting ? SafeMarkup.html(plainText, words) : plainText
    textFormat: highlighting ? Text.StyledText : Text.PlainText
    Accessible.name: plainText
}
