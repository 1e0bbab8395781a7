pragma Singleton
pragma ComponentBehavior: Bound

import QtQml

// Spacing, sizes and the few colours the interface uses, in one place.
QtObject {
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int contentMaxWidth: 760
    readonly property int cardPadding: 10
    readonly property real secondaryOpacity: 0.72
    readonly property real titleScale: 1.6
    readonly property real headingScale: 1.15
    // Readable on light and dark palettes alike.
    readonly property string warningColor: "#d9480f"
    // The "On now" badge: white on this green is 5.1:1.
    readonly property string liveColor: "#1a7f37"
    readonly property string liveTextColor: "#ffffff"
    readonly property int badgeRadius: 4
}
