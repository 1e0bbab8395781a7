#!/usr/bin/env python3
"""Counts the 36C3 speakers the way tst_speakerlistmodel expects, straight from the raw frab JSON,
without Attend's code: the independent source of that test's figures.

Usage: python3 speakers36c3.py tests/data/feeds/36c3-everything-voc-merged.frab.json [NAME...]

Rule (see SpeakerListModel): an id is trusted when all its entries fold to one name; entries with a
trusted id group by id; the others by folded name, joining the trusted id of that folded name when
there is exactly one. A group counts the distinct events it appears in.
"""
import collections
import json
import sys
import unicodedata


def fold(text):
    # As foldForSearch: NFKD, combining marks dropped, case folded (casefold also turns ß into ss).
    decomposed = unicodedata.normalize('NFKD', text)
    return ''.join(c for c in decomposed if unicodedata.category(c) not in ('Mn', 'Mc', 'Me')).casefold()


data = json.load(open(sys.argv[1], encoding='utf-8'))
mentions = []  # (event number in file order, id, name)
serial = 0
for day in data['schedule']['conference']['days']:
    for events in day['rooms'].values():
        for event in events:
            serial += 1
            for person in event.get('persons', []):
                name = ' '.join((person.get('public_name') or person.get('name') or '').split())
                pid = next((str(person[k]) for k in ('id', 'guid', 'code') if str(person.get(k, '')) != ''), '')
                if name:
                    mentions.append((serial, pid, name))

names_of_id = collections.defaultdict(set)
for _, pid, name in mentions:
    if pid:
        names_of_id[pid].add(fold(name))
trusted = {pid for pid, names in names_of_id.items() if len(names) == 1}
ids_of_folded = collections.defaultdict(set)
for _, pid, name in mentions:
    if pid in trusted:
        ids_of_folded[fold(name)].add(pid)

groups = collections.defaultdict(set)
label = {}
for event, pid, name in mentions:
    if pid in trusted:
        key = ('id', pid)
    elif len(ids_of_folded[fold(name)]) == 1:
        key = ('id', next(iter(ids_of_folded[fold(name)])))
    else:
        key = ('name', fold(name))
    groups[key].add(event)
    label.setdefault(key, name)

print('entries', len(mentions), 'ids', len(names_of_id), 'trusted', len(trusted))
print('people', len(groups), 'sum of session counts', sum(len(v) for v in groups.values()))
by_folded = collections.defaultdict(list)
for key in groups:
    by_folded[fold(label[key])].append(key)
for folded, keys in sorted(by_folded.items()):
    if len(keys) > 1:
        print('on more than one row:', folded, [(k, len(groups[k])) for k in keys])
for who in sys.argv[2:]:
    for key in groups:
        if fold(label[key]) == fold(who):
            print(repr(label[key]), key, len(groups[key]))


def matches(typed):
    words = [w for w in fold(typed).split(' ') if w]
    return sum(1 for k in groups if all(w in fold(label[k]) for w in words))


for typed in ('bleeptrack', 'Hanno Böck', 'hanno bock', 'bö han'):
    print('typing', repr(typed), [matches(typed[:i]) for i in range(1, len(typed) + 1)])
