pragma ComponentBehavior: Bound

import QtQuick
import Attend

// The one more action beside a card's star ("Join", "Watch later"): made by the card only on the
// rows that have one.
PlainButton {
    id: button

    /** The card whose action this is; the card sets it as it makes the button. */
    property SessionCard card: null

    objectName: "cardAction"
    text: button.card?.actionText ?? ""
    activeFocusOnTab: false
    Accessible.name: button.card?.actionAccessibleName ?? ""
    Accessible.onPressAction: button.card?.actionTriggered(button.card.key)
    onClicked: button.card?.actionTriggered(button.card.key)
}
