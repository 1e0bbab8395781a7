#!/bin/sh
# Keeps the catalogues in translations/ complete: a change that adds a user-visible string must
# translate it, one that removes or rewords one must drop the stale entry.
#
# Usage: check-translations.sh SOURCE_DIR SOURCES_LIST [LUPDATE]
#   SOURCE_DIR    the project's source tree (its translations/attend_*.ts are checked)
#   SOURCES_LIST  lupdate's list of what to scan, one path a line (written by
#                 translations/CMakeLists.txt from every layer library's own sources)
#   LUPDATE       default /usr/lib/qt6/bin/lupdate
#
# It copies every catalogue to a temporary directory, runs lupdate over the same sources into the
# copies (the real files are never touched), and fails, naming the file and the source text, when
# a message is unfinished (untranslated, or new in the code), vanished/obsolete (gone from the
# code), empty, or loses a placeholder (%1, %n...), or when the catalogue is otherwise out of step
# with the code. The fix is nearly always:
#   cmake --build <build dir> --target update_translations   # then translate what it marked
set -u

if [ $# -lt 2 ]; then
    echo "usage: $0 SOURCE_DIR SOURCES_LIST [LUPDATE]" >&2
    exit 2
fi
source_dir=$1
sources_list=$2
lupdate=${3:-/usr/lib/qt6/bin/lupdate}

if [ ! -s "$sources_list" ]; then
    echo "FAIL: no list of sources to scan at $sources_list (configure the build first)" >&2
    exit 1
fi
if [ ! -x "$lupdate" ]; then
    echo "FAIL: lupdate not found at $lupdate (Debian: qt6-l10n-tools)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

status=0
for language in de fr es en; do
    if [ ! -f "$source_dir/translations/attend_$language.ts" ]; then
        echo "FAIL: translations/attend_$language.ts is missing"
        status=1
    fi
done

for ts in "$source_dir"/translations/attend_*.ts; do
    [ -f "$ts" ] || continue
    name=$(basename "$ts")
    copy="$work/$name"
    cp "$ts" "$copy"
    # English carries only the plural forms; every other English string is its own source text.
    plural_only=
    [ "$name" = attend_en.ts ] && plural_only=-pluralonly
    # No -no-obsolete here: strings that left the code must show up as vanished, and fail.
    if ! "$lupdate" -locations none $plural_only "@$sources_list" -ts "$copy" >"$work/$name.log" 2>&1; then
        echo "FAIL: lupdate failed on translations/$name:"
        cat "$work/$name.log"
        status=1
        continue
    fi

    # How many strings lupdate found that the catalogue did not have (meaningless with
    # -pluralonly, which counts the stripped ones too: the unfinished check covers English).
    new=0
    if [ -z "$plural_only" ]; then
        new=$(sed -n 's/.*(\([0-9][0-9]*\) new and.*/\1/p' "$work/$name.log" | head -n 1)
        new=${new:-0}
    fi

    if ! python3 - "$copy" "translations/$name" "$new" <<'EOF'
import re
import sys
import xml.etree.ElementTree as ET

path, shown, new = sys.argv[1], sys.argv[2], int(sys.argv[3])
problems = []
placeholder = re.compile(r'%(?:L?n|\d+)')

def text(element):
    return (element.text or '') if element is not None else ''

def one_line(s):
    return s.replace('\n', '\\n')

for context in ET.parse(path).getroot().iter('context'):
    context_name = text(context.find('name'))
    for message in context.iter('message'):
        source = text(message.find('source'))
        where = f'[{context_name}] "{one_line(source)}"'
        translation = message.find('translation')
        kind = translation.get('type') if translation is not None else 'unfinished'
        if kind == 'unfinished':
            problems.append(f'untranslated (or new in the code): {where}')
            continue
        if kind in ('vanished', 'obsolete'):
            problems.append(f'stale, no longer in the code ({kind}): {where}')
            continue
        if message.get('numerus') == 'yes':
            forms = [text(f) for f in translation.iter('numerusform')]
        else:
            forms = [text(translation)]
        if not forms or any(not f.strip() for f in forms):
            problems.append(f'empty translation: {where}')
            continue
        wanted = sorted(set(placeholder.findall(source)))
        for form in forms:
            found = sorted(set(placeholder.findall(form)))
            if found != wanted:
                problems.append(f'placeholders {found} instead of {wanted}: {where} -> "{one_line(form)}"')

if new > 0:
    problems.insert(0, f'lupdate found {new} string(s) in the code that this catalogue lacks (listed as untranslated below)')
for problem in problems:
    print(f'FAIL: {shown}: {problem}')
sys.exit(1 if problems else 0)
EOF
    then
        status=1
        continue
    fi

    # Anything else lupdate would change (a changed comment or disambiguation, plural forms...).
    if ! cmp -s "$ts" "$copy"; then
        echo "FAIL: translations/$name is out of step with the code; lupdate would change it like this:"
        diff -u "$ts" "$copy" | sed -n '3,40p'
        status=1
        continue
    fi
    count=$(grep -c '<message' "$ts")
    echo "ok: translations/$name ($count messages, complete)"
done

if [ $status -ne 0 ]; then
    echo
    echo "To fix: cmake --build <build dir> --target update_translations, translate every message it"
    echo "marks unfinished (e.g. /usr/lib/qt6/bin/linguist translations/attend_de.ts), keep %1 %2 %n."
fi
exit $status
