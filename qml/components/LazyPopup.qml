pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Templates as T

// A popup (a menu, a dialog, an overlay) made the first time it is needed, from a file of its
// own: neither it nor the types only it uses are loaded before the window's first frame (so the
// code that opens it does not name its type either).
Loader {
    id: loader

    /** The popup's file, as Qt.resolvedUrl("…") in the file that names it (a url property is
        resolved where it is used, here, not where it is set). */
    property url file
    /** Set on the popup as it is made (required properties too). */
    property var initialProperties: ({})
    /** The popup's objectName once made, for the tests and tools that look for it by name. */
    property string popupName

    onLoaded: {
        if (loader.popupName.length > 0)
            loader.item.objectName = loader.popupName
    }

    /** The popup, made now if it was not yet. */
    function popup(): T.Popup {
        if (!loader.item)
            loader.setSource(loader.file, loader.initialProperties)
        return loader.item as T.Popup
    }

    function open() {
        loader.popup()?.open()
    }

    /** Opens it with these of its properties set first (named here, not typed: see above). */
    function openWith(properties: var) {
        const popup = loader.popup()
        for (const name in properties)
            popup[name] = properties[name]
        popup.open()
    }
}
