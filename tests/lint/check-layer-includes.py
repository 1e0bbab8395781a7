#!/usr/bin/env python3
"""Fails on an #include in src/ that crosses a layer the wrong way (docs/ARCHITECTURE.md).

    check-layer-includes.py SRC_DIR [QT_WIDGETS_INCLUDE_DIR...]

Every `#include "..."` in SRC_DIR/<layer>/ is resolved the way the compiler does (next to the file,
then from SRC_DIR) and the layer it lands in must be the file's own or one the table allows. An
include that resolves to nothing in SRC_DIR fails too: every quoted include in src/ is Attend's own.
Qt modules are held to the same table: only desktop/ and secrets/ include QtDBus, only desktop/
(and app/, for the QApplication the tray needs) QtWidgets, only secrets/ QtKeychain, only models/
and app/ QtQml, only app/ QtQuick. QtWidgets headers are recognised by their presence in the
QtWidgets include folders given after SRC_DIR (CMake passes Qt6::Widgets' own).

Prints one line per violation, "file:line: message", and exits 1; prints a summary and exits 0
when there is none.
"""

import os
import re
import sys

# DESIGN.md's table: the layers each layer may include, besides itself.
ALLOWED = {
    "domain": set(),
    "ical": {"domain"},
    "network": {"domain"},
    "secrets": {"domain"},
    "desktop": {"domain"},
    "feed": {"domain", "ical"},
    "schedule": {"domain", "ical"},
    "reminders": {"domain", "schedule"},
    "library": {"domain", "ical", "feed", "network", "schedule", "secrets", "reminders"},
}
ALLOWED["models"] = set(ALLOWED) - {"models"}
ALLOWED["app"] = set(ALLOWED) - {"app"}

# Qt modules (and QtKeychain) outside QtCore/QtGui/QtNetwork: the layers that may include them.
MODULES = [
    ("QtDBus", re.compile(r"^(QtDBus/|QDBus)"), {"desktop", "secrets"}),
    ("QtKeychain", re.compile(r"^(qt6keychain/|qt5keychain/|keychain\.h$)"), {"secrets"}),
    ("QtQuick", re.compile(r"^(QtQuick\w*/|QQuick)"), {"app"}),
    ("QtQml", re.compile(r"^(QtQml/|QQml|QJS)"), {"models", "app"}),
]
WIDGETS_ALLOWED = {"desktop", "app"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^">]+)[">]')
SOURCE = re.compile(r"\.(h|hpp|cpp|cc)$")


def widgets_headers(dirs):
    names = set()
    for d in dirs:
        if os.path.basename(os.path.normpath(d)) == "QtWidgets" and os.path.isdir(d):
            names.update(n for n in os.listdir(d) if not n.endswith(".h"))
    return names


def folders(layers):
    names = [f"{layer}/" for layer in sorted(layers)]
    return " and ".join(names) if len(names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]


def layer_of(path, src):
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(src))
    if rel.startswith(".."):
        return None
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else None


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    src = argv[1]
    widgets = widgets_headers(argv[2:])
    problems = []
    checked = 0
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            if not SOURCE.search(name):
                continue
            path = os.path.join(root, name)
            layer = layer_of(path, src)
            if layer is None:
                continue
            shown = os.path.relpath(path, src)
            if layer not in ALLOWED:
                problems.append(f"{shown}:1: folder '{layer}' is not a layer of docs/ARCHITECTURE.md")
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for number, line in enumerate(f, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    checked += 1
                    kind, target = m.groups()
                    if kind == '"':
                        candidates = [os.path.join(root, target), os.path.join(src, target)]
                        found = next((c for c in candidates if os.path.isfile(c)), None)
                        if found is None:
                            problems.append(f'{shown}:{number}: #include "{target}" is not a file in src/')
                            continue
                        other = layer_of(found, src)
                        if other is None:
                            problems.append(f'{shown}:{number}: #include "{target}" leaves the layer folders')
                        elif other != layer and other not in ALLOWED[layer]:
                            allowed = folders(ALLOWED[layer]) or "no other layer"
                            problems.append(f'{shown}:{number}: {layer}/ includes {other}/ ("{target}"): '
                                            f"{layer}/ may include {allowed}")
                    else:
                        for module, pattern, layers in MODULES:
                            if pattern.search(target) and layer not in layers:
                                problems.append(f"{shown}:{number}: {layer}/ includes {module} (<{target}>): "
                                                f"only {folders(layers)} may")
                        bare = target.split("/")[-1]
                        if (target.startswith("QtWidgets/") or bare in widgets) and layer not in WIDGETS_ALLOWED:
                            problems.append(f"{shown}:{number}: {layer}/ includes QtWidgets (<{target}>): "
                                            f"only {folders(WIDGETS_ALLOWED)} may")
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} include(s) cross the layers the wrong way (see docs/ARCHITECTURE.md)")
        return 1
    print(f"{checked} includes checked: every one follows the layers")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
