pragma Singleton
pragma ComponentBehavior: Bound

import QtQuick
import Attend

// Spacing, sizes and the colours the interface uses, in one place. The colours come from
// ThemeColors (C++), which derives them from the desktop's palette and keeps every text at
// 4.5:1 on its background; tests/auto/models/tst_themecolors.cpp checks them through this file.
QtObject {
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int contentMaxWidth: 760
    readonly property int cardPadding: 10
    readonly property real secondaryOpacity: 0.72
    readonly property real titleScale: 1.6
    readonly property real headingScale: 1.15
    readonly property int badgeRadius: 4
    readonly property int trackStripeWidth: 4
    readonly property int radius: 6
    /** The application's body text size, for what is sized from it (the star). One for the
        whole window, not a FontMetrics in every list row. */
    readonly property real bodyPointSize: bodyMetrics.font.pointSize
    readonly property FontMetrics bodyMetrics: FontMetrics {}

    readonly property bool dark: ThemeColors.dark
    readonly property color window: ThemeColors.window
    readonly property color cardBackground: ThemeColors.cardBackground
    /** Ended sessions: a muted card, text still at 4.5:1 (no opacity). */
    readonly property color pastCardBackground: ThemeColors.pastCardBackground
    readonly property color bookmarkedCardBackground: ThemeColors.bookmarkedCardBackground
    readonly property color cardBorder: ThemeColors.cardBorder
    readonly property color text: ThemeColors.text
    readonly property color secondaryText: ThemeColors.secondaryText
    readonly property color pastText: ThemeColors.pastText
    readonly property color warningText: ThemeColors.warningText
    readonly property color warningColor: ThemeColors.warningText // the older name, still used by pages
    readonly property color linkText: ThemeColors.linkText
    /** Time headings and other text in the accent colour. */
    readonly property color accentText: ThemeColors.accentText
    readonly property color selectionBackground: ThemeColors.selectionBackground
    readonly property color selectionText: ThemeColors.selectionText
    readonly property color badgeBackground: ThemeColors.badgeBackground
    readonly property color badgeText: ThemeColors.badgeText
    readonly property color nowBadgeBackground: ThemeColors.nowBadgeBackground
    readonly property color nowBadgeText: ThemeColors.nowBadgeText
    /** "Moved", "Clash": a warning badge that reads on a selected row too. */
    readonly property color warningBadgeBackground: ThemeColors.warningBadgeBackground
    readonly property color warningBadgeText: ThemeColors.warningBadgeText
    readonly property color focusRing: ThemeColors.focusRing
    /** Info and warning bars (Banner): their tinted backgrounds and the text and icon on them. */
    readonly property color infoBarBackground: ThemeColors.infoBarBackground
    readonly property color infoBarText: ThemeColors.infoBarText
    readonly property color warningBarBackground: ThemeColors.warningBarBackground
    readonly property color warningBarText: ThemeColors.warningBarText
    /** Hour lines and other rules: decoration, not text. */
    readonly property color gridLine: ThemeColors.gridLine

    /** The track's own colour, readable as text on every card background. */
    function trackColor(track: string): color {
        return ThemeColors.trackColor(track)
    }
}
