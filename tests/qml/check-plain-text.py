#!/usr/bin/env python3
"""Fails when QML in qml/ could show text as rich text.

Qt Quick's Text and Label default to AutoText: text that looks like markup is rendered as styled
text, which loads images (a feed's tracking pixel) and crashed the window on an <img> title. So:

1. Every Text, Label, TextEdit and TextArea says its textFormat explicitly, and any format other
   than Text.PlainText is in the reviewed allow-list (file | textFormat expression) with the reason
   its markup is safe (only tags Attend writes, every character from a feed escaped).
2. The styles' own labels (Button, ToolButton, MenuItem, CheckBox, ToolTip, a Dialog's title, …)
   are AutoText and take & as a mnemonic: such a control may show only literal or qsTr() text,
   bring its own contentItem (header for a title), or be listed in the reviewed allow-list
   (file and expression) as showing Attend's own words only. Feed text goes through the Plain*
   components in qml/components.

Usage: check-plain-text.py QML_DIR ALLOWLIST
"""
import pathlib
import re
import sys

TEXT_TYPES = {"Text", "Label", "TextEdit", "TextArea"}
# Controls whose style (Basic, Fusion) draws `text` with an AutoText label (IconLabel, Text).
AUTOTEXT_CONTROLS = {
    "AbstractButton", "Button", "ToolButton", "RoundButton", "DelayButton", "TabButton", "MenuItem",
    "MenuBarItem", "ItemDelegate", "CheckDelegate", "RadioDelegate", "SwitchDelegate", "SwipeDelegate",
    "CheckBox", "RadioButton", "Switch", "ToolTip",
}
TITLE_CONTROLS = {"Dialog": "header", "GroupBox": "label"}

STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
OPENER = re.compile(r'(?:^|[\s:])([A-Z][\w.]*)\s*$')
LITERAL_ONLY = re.compile(r'^\s*(?:qsTr\(\s*"(?:[^"\\]|\\.)*"\s*\)|"(?:[^"\\]|\\.)*")\s*$')
PROPERTY = re.compile(r'^\s*([\w.]+)\s*:\s*(.*)$')


def blank_strings(line):
    return STRING.sub(lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', line)


def parse(path):
    """Yields (type, {property: (line number, expression)}) for every object in the file."""
    raw = path.read_text(encoding="utf-8").split("\n")
    stack = []  # entries: [type or None for a JS block, properties]
    objects = []
    pending = None  # (object, name, line number, expression so far, open count)
    for number, original in enumerate(raw, 1):
        code = blank_strings(original)
        code = code.split("//", 1)[0]
        if pending:
            obj, name, start, expression, depth = pending
            expression += "\n" + original
            depth += code.count("{") + code.count("(") + code.count("[") - code.count("}") - code.count(")") - code.count("]")
            if depth <= 0:
                obj[1][name] = (start, expression.strip())
                pending = None
            else:
                pending = (obj, name, start, expression, depth)
        elif stack and stack[-1][0] is not None:
            match = PROPERTY.match(code)
            if match and not re.search(r'[A-Z][\w.]*\s*\{\s*$', code):
                name = match.group(1)
                expression = original[original.index(":", len(original) - len(original.lstrip())) + 1:]
                expression = expression.split("//", 1)[0] if "//" in code else expression
                depth = code.count("{") + code.count("(") + code.count("[") - code.count("}") - code.count(")") - code.count("]")
                if depth > 0:
                    pending = (stack[-1], name, number, expression, depth)
                else:
                    stack[-1][1][name] = (number, expression.strip())
        bound = re.match(r'^\s*([\w.]+)\s*:\s*[A-Z][\w.]*\s*\{', code)  # contentItem: Text {
        if bound and stack and stack[-1][0] is not None and not pending:
            stack[-1][1][bound.group(1)] = (number, "(an object)")
        for index, char in enumerate(code):
            if char == "{":
                opener = OPENER.search(code[:index])
                entry = [opener.group(1) if opener else None, {}]
                stack.append(entry)
                if opener:
                    objects.append(entry)
            elif char == "}" and stack:
                stack.pop()
    return objects


def main():
    qml_dir = pathlib.Path(sys.argv[1])
    allowed = set()
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            file_name, _, expression = line.partition(" | ")
            allowed.add((file_name.strip(), expression.strip()))
    used = set()
    problems = []
    for path in sorted(qml_dir.rglob("*.qml")):
        relative = path.relative_to(qml_dir).as_posix()
        for type_name, properties in parse(path):
            short = type_name.split(".")[-1]
            where = lambda name: f"{relative}:{properties[name][0]}"
            if short in TEXT_TYPES and "textFormat" not in properties:
                line = min((p[0] for p in properties.values()), default=0)
                problems.append(f"{relative}:{line}: {short} without an explicit textFormat")
            if short in TEXT_TYPES and "textFormat" in properties:
                expression = " ".join(properties["textFormat"][1].split())
                if expression != "Text.PlainText":
                    key = (relative, expression)
                    if key in allowed:
                        used.add(key)
                    else:
                        problems.append(f"{where('textFormat')}: {short} with `textFormat: {expression}`: only Text.PlainText, "
                                        "unless the allow-list says why this markup is safe")
            checks = []
            if short in AUTOTEXT_CONTROLS and "text" in properties and "contentItem" not in properties:
                checks.append("text")
            if short in TITLE_CONTROLS and "title" in properties and TITLE_CONTROLS[short] not in properties:
                checks.append("title")
            if "ToolTip.text" in properties:
                checks.append("ToolTip.text")
            for name in checks:
                expression = properties[name][1]
                if LITERAL_ONLY.match(expression):
                    continue
                key = (relative, " ".join(expression.split()))
                if key in allowed:
                    used.add(key)
                    continue
                problems.append(f"{where(name)}: {short} shows `{name}: {' '.join(expression.split())}` through the style's "
                                "AutoText label: use a Plain* component, or add it to the allow-list if it is Attend's own text")
    for key in sorted(allowed - used):
        problems.append(f"allow-list entry matches nothing (remove it): {key[0]} | {key[1]}")
    for problem in problems:
        print(problem)
    if not problems:
        print(f"every Text and Label in {qml_dir} has an explicit textFormat; controls show feed text as plain text")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
