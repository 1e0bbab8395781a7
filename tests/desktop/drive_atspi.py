#!/usr/bin/python3
"""Drives the running Attend over AT-SPI, as a screen reader user (or a script) would, without a
mouse: finds a session's bookmark button by its accessible name, presses it, opens My schedule
through its tab and reads the bookmarked session back from the accessibility tree; exports My
schedule through the file dialog (typing a name without ".ics", pressing Save) and reads the file
back; opens the session and switches to Event time with Tab and Space, the bookmark untouched.

Needs the app started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on the same session bus, with an
empty schedule (run-atspi-test.sh does all that). Exits 0 on success, 1 on a failure (with a
message saying what was expected and what the tree held). Every wait is bounded; the whole run
takes well under 60 s.

Learned on Qt 6.4.2 (Debian 12):
- the BookmarkButton (a ToolButton) is a "push button" although it sets Accessible.role: CheckBox;
  its actions are Press, SetFocus, Press, Toggle, and Accessible.checked does show as "checked";
- a TabButton is a "page tab" with only SetFocus: no Press unless it has Accessible.onPressAction;
- ListView delegates with Accessible.role: ListItem are "list item" children of the "list",
  next to the section headings' labels; delegates scrolled out of view are still in the tree,
  without the "showing" state.
- Attend's own file dialog (FileChooserDialog.qml) is in the tree: its file-name field is an
  editable "text" without EditableText, so the script clicks the field and the Save button (X events
  at the control's extents) and types with key events, as a person would.
"""

import os
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

APP_NAME = "attend"
TITLE = "Service monitoring with Helix and Surveyor"
BOOKMARK_NAME = "Bookmark: " + TITLE
REMOVE_NAME = "Remove bookmark: " + TITLE
TAB_NAME = "My schedule (Ctrl+2)"
LIST_NAME = "My schedule"
EXPORT_NAME = "my-fosdem"  # typed without ".ics": Attend adds it
EVENT_ZONE_PREFIX = "Show times in the event's time zone"
DEADLINE = time.monotonic() + 100  # the whole run; each wait below is also bounded on its own


class Failure(Exception):
    pass


def step(message):
    print("drive_atspi: " + message, flush=True)


def wait_for(what, probe, timeout):
    """Calls probe() every 0.2 s until it returns something true; fails after `timeout` seconds."""
    end = min(time.monotonic() + timeout, DEADLINE)
    last_error = None
    while True:
        try:
            result = probe()
            if result:
                return result
        except Exception as error:  # a defunct object, a bus hiccup while the app starts
            last_error = error
        if time.monotonic() >= end:
            detail = f" (last error: {last_error})" if last_error else ""
            raise Failure(f"timed out after {timeout:.0f} s waiting for {what}{detail}")
        time.sleep(0.2)


def fresh(node):
    """Drops what libatspi cached about node and its subtree, so names, states and children are
    read from the app now (events that would refresh the cache are not dispatched here)."""
    try:
        node.clear_cache()
    except Exception:
        pass
    return node


def children(node):
    return [c for c in fresh(node) if c is not None]


def descendants(node, predicate, limit=5000):
    """Breadth-first, bounded: every descendant for which predicate(node) is true."""
    found, queue, seen = [], list(children(node)), 0
    while queue and seen < limit:
        current = queue.pop(0)
        seen += 1
        try:
            if predicate(current):
                found.append(current)
            queue.extend(children(current))
        except Exception:
            continue  # a delegate destroyed while we walked
    return found


def role(node):
    return node.getRoleName()


def states(node):
    return {pyatspi.stateToString(s) for s in fresh(node).getState().getStates()}


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def press(node, label):
    """Invokes the control's "Press" action (what Orca's activate does)."""
    names = actions(node)
    if "Press" not in names:
        raise Failure(f"{label} ({role(node)} {node.name!r}) offers no Press action over AT-SPI; "
                      f"its actions: {names} (on Qt 6.4 a Controls item needs Accessible.onPressAction)")
    if not node.queryAction().doAction(names.index("Press")):
        raise Failure(f"{label}: doAction(Press) returned false")


def describe(nodes):
    return "\n".join(f"    [{role(n)}] {n.name!r}" for n in nodes) or "    (nothing)"


def click(node, label):
    """A left click at the middle of the control, as the mouse would (X events through XTest)."""
    x, y, width, height = fresh(node).queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if width <= 0 or height <= 0:
        raise Failure(f"{label} ({role(node)} {node.name!r}) has no extents on screen")
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height // 2, pyatspi.MOUSE_B1C)
    time.sleep(0.3)


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.15)


TAB, SPACE = 0xFF09, 0x20


def type_text(text):
    for char in text:
        key(ord(char))


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    fresh(desktop)
    for app in desktop:
        if app is not None and app.name == APP_NAME:
            try:
                app.set_cache_mask(Atspi.Cache.NONE)
            except Exception:
                pass
            # Ready once the window's content is in the tree.
            if any(children(w) for w in children(app)):
                return app
    return None


def main():
    step(f"waiting for the application {APP_NAME!r} on the AT-SPI bus")
    app = wait_for(f"an application named {APP_NAME!r} with a window on the AT-SPI bus", find_app, 25)

    step(f"finding the control named {BOOKMARK_NAME!r}")
    is_button = lambda n: role(n) in ("push button", "check box", "toggle button")
    buttons = wait_for(
        f"a push button/check box named exactly {BOOKMARK_NAME!r}",
        lambda: descendants(app, lambda n: is_button(n) and n.name == BOOKMARK_NAME), 10)
    if len(buttons) != 1:
        raise Failure(f"expected one control named {BOOKMARK_NAME!r}, found {len(buttons)}:\n"
                      + describe(buttons))
    button = buttons[0]
    step(f"found [{role(button)}] {button.name!r}, actions {actions(button)}; pressing it")
    press(button, "the bookmark button")

    def renamed():
        name = fresh(button).name
        return name if name == REMOVE_NAME else None
    try:
        wait_for(f"the same control to be renamed {REMOVE_NAME!r}", renamed, 5)
    except Failure as failure:
        try:
            now = repr(fresh(button).name)
        except Exception as error:
            now = f"unreadable ({error})"
        raise Failure(f"{failure}; after the press it reads {now}")
    step(f"the control now reads {REMOVE_NAME!r}")

    step(f"switching to My schedule through the tab named {TAB_NAME!r}")
    tabs = descendants(app, lambda n: role(n) == "page tab" and n.name == TAB_NAME)
    if len(tabs) != 1:
        raise Failure(f"expected one page tab named {TAB_NAME!r}, found {len(tabs)}; the page tabs:\n"
                      + describe(descendants(app, lambda n: role(n) == "page tab")))
    press(tabs[0], "the My schedule tab")

    def schedule_showing():
        lists = descendants(app, lambda n: role(n) == "list" and n.name == LIST_NAME)
        return lists if len(lists) == 1 and "showing" in states(lists[0]) else None
    schedule = wait_for(f"the list named {LIST_NAME!r} to be showing", schedule_showing, 5)[0]
    step(f"the list {LIST_NAME!r} is showing")

    prefix = TITLE + ", "

    def bookmarked_items():
        items = [c for c in children(schedule) if role(c) == "list item"]
        matching = [i for i in items if i.name.startswith(prefix) and "bookmarked" in i.name]
        return (items, matching) if matching else None
    try:
        items, matching = wait_for(f"a list item starting with {prefix!r} in {LIST_NAME!r}",
                                   bookmarked_items, 5)
    except Failure as failure:
        raise Failure(f"{failure}; the list holds:\n" + describe(children(schedule)))
    if len(matching) != 1:
        raise Failure(f"expected exactly one list item starting with {prefix!r} and saying "
                      f"'bookmarked', found {len(matching)}:\n" + describe(matching))
    if len(items) != 1:
        raise Failure(f"the schedule started empty and one session was bookmarked, but "
                      f"{LIST_NAME!r} holds {len(items)} list items:\n" + describe(items))
    step(f"My schedule reads back: {matching[0].name!r}")

    export_through_the_dialog(app)
    switch_zone_by_keyboard(app, matching[0])
    return 0


def export_through_the_dialog(app):
    folder = os.environ["ATTEND_ATSPI_DOCUMENTS"]
    expected = os.path.join(folder, EXPORT_NAME + ".ics")
    button_name = "Export my schedule to a calendar file"
    buttons = descendants(app, lambda n: n.name == button_name)
    if len(buttons) != 1:
        raise Failure(f"expected one control named {button_name!r}, found {len(buttons)}")
    step(f"pressing {button_name!r}")
    press(buttons[0], "the export button")

    def save_button():
        found = descendants(app, lambda n: role(n) == "push button" and n.name == "Save" and "showing" in states(n))
        return found[0] if len(found) == 1 else None
    save = wait_for("the file dialog's Save button", save_button, 10)

    def name_field():
        fields = [n for n in descendants(app, lambda n: role(n) in ("text", "entry") and "showing" in states(n)
                                         and "editable" in states(n))]
        for field in fields:
            try:
                if field.queryText().getText(0, -1).endswith(".ics"):
                    return field
            except Exception:
                continue
        return None
    field = wait_for("the dialog's file-name field, holding a suggested .ics name", name_field, 5)
    suggested = field.queryText().getText(0, -1)
    step(f"the dialog suggests {suggested!r}; typing {EXPORT_NAME!r} instead")
    click(field, "the file-name field")
    # Qt offers no EditableText over AT-SPI: empty the field as a person would, End then Backspace.
    key(0xFF57)
    for _ in range(len(suggested)):
        key(0xFF08)
    type_text(EXPORT_NAME)
    typed = fresh(field).queryText().getText(0, -1)
    if typed != EXPORT_NAME:
        raise Failure(f"the file-name field reads {typed!r} after typing {EXPORT_NAME!r}")
    click(save, "the Save button")
    wait_for(f"the file {expected}", lambda: os.path.exists(expected) and os.path.getsize(expected) > 0, 5)
    with open(expected, encoding="utf-8") as file:
        calendar = file.read()
    unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "")
    if "BEGIN:VCALENDAR" not in calendar or "SUMMARY:" + TITLE not in unfolded:
        raise Failure(f"{expected} does not hold the bookmarked session {TITLE!r}:\n{calendar[:600]}")
    step(f"the export wrote {expected} with SUMMARY:{TITLE}")

    def told():
        return descendants(app, lambda n: n.name.startswith("Exported 1 bookmarked session") and expected in n.name)
    wait_for("the page to say where it exported", told, 5)


def switch_zone_by_keyboard(app, item):
    step("opening the session from My schedule")
    press(item, "the session in My schedule")

    def session_page():
        # The main window's header has a zone switch too: it is showing until the page has slid
        # over it, so wait until the session page's is the only one.
        found = descendants(app, lambda n: n.name.startswith(EVENT_ZONE_PREFIX) and "showing" in states(n))
        return found[0] if len(found) == 1 else None
    zone_button = wait_for("the session page's Event time button", session_page, 5)
    bookmark = lambda: descendants(app, lambda n: n.name == REMOVE_NAME and "showing" in states(n))
    if not bookmark():
        raise Failure(f"the session page shows no control named {REMOVE_NAME!r}")
    if "checked" in states(zone_button):
        raise Failure("Event time is on before the test switched it")
    # Keyboard only from here: Tab until the Event time button has focus, then Space.
    # Without a window manager, X gives the keyboard to the window under the pointer: move it there.
    window = next(w for w in children(app) if role(w) in ("frame", "window"))
    x, y, width, height = fresh(window).queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(x + width // 2, y + height - 10, pyatspi.MOUSE_ABS)
    time.sleep(0.2)
    for _ in range(20):
        if "focused" in states(zone_button):
            break
        key(TAB)
    else:
        raise Failure("20 presses of Tab never put the focus on the Event time button")
    step("Event time has the focus; pressing Space")
    key(SPACE)
    wait_for("the Event time button to be checked", lambda: "checked" in states(zone_button), 3)
    if not bookmark():
        raise Failure(f"Space on Event time touched the bookmark: no control named {REMOVE_NAME!r} now")
    step("Event time is on, and the session is still bookmarked")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as failure:
        print(f"drive_atspi: FAIL: {failure}", file=sys.stderr, flush=True)
        sys.exit(1)
    except Exception as error:
        print(f"drive_atspi: FAIL: unexpected {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
