#!/usr/bin/python3
"""Counts, for every feed in tests/data/feeds, the sessions with a join, chat and recording link,
written from the rules in src/domain/watchlinks.h without reading the C++: its own XML (ElementTree),
JSON and iCalendar readers, its own word lists. tst_watchlinks compares its table with this output:

    python3 tests/auto/domain/watchlinks_counts.py tests/data/feeds

Each line: file, sessions, with join, of those the online fallback, with chat, with recording.
"""
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

W = r'(?<![\w])(?:%s)(?![\w])'
RECORDING = re.compile(W % r'recordings?|recorded|aufzeichnung(?:en)?|mitschnitt|aufnahme|enregistrements?|rediffusion|replay|registrazion[ei]|vod', re.I)
CHAT = re.compile(W % (r'chat ?rooms?|chat ?channel|chat \((?:web|app)\)|chat\((?:web|app)\)|live chat|join the chat|chatraum|'
                       r'(?:matrix|irc|discord|mattermost|element) (?:room|channel|server)|salon de discussion|salon matrix'), re.I)
JOIN = re.compile(W % (r'live-?streams?|live-?streaming|live video stream|streams?|streaming|join|watch live|watch the live|meeting room|meeting|webinar|'
                       r'video ?conference|visio|visio-?conf[ée]rence|jitsi|bigbluebutton|zoom|teilnehmen|beitreten|rejoindre|'
                       r'en direct|diretta|partecipa'), re.I)
ONLINE_ROOM = re.compile(W % (r'online|virtual|virtuell(?:er)?|remote|internet|en ligne|livestream|live-?stream|stream|jitsi|'
                              r'bigbluebutton|bbb|zoom|visio|visio-?conf[ée]rence|webinar|video ?conference'), re.I)
ONLINE_NAME = re.compile(W % r'online|virtual|virtuell|remote|en ligne', re.I)
ONLINE_DESCRIPTION = re.compile(W % (r'(?:virtual|online|remote|online-only|digital) (?:event|conference|meeting|summit|edition|only)|'
                                     r'online-only|held online|takes place online|entirely online|fully online|fully remote|'
                                     r'virtuelle (?:veranstaltung|konferenz)|(?:événement|conférence) (?:en ligne|virtuelle)'), re.I)


def web(url):
    parts = urlsplit(url)
    return parts.scheme in ('http', 'https') and bool(parts.hostname)


def host(url):
    h = (urlsplit(url).hostname or '').lower()
    return h[4:] if h.startswith('www.') else h


def under(h, domain):
    return h == domain or h.endswith('.' + domain)


def meeting(url):
    h, path = host(url), urlsplit(url).path.lower()
    return ('jitsi' in h or h.startswith('meet.') or 'bigbluebutton' in h or 'bbb' in h.split('.')
            or any(under(h, d) for d in ('zoom.us', 'teams.microsoft.com', 'teams.live.com', 'webex.com', 'whereby.com',
                                          'twitch.tv', 'streaming.media.ccc.de'))
            or (under(h, 'youtube.com') and (path.startswith('/live') or path.endswith('/live')))
            or (under(h, 'vimeo.com') and path.startswith('/event/')))


def chat(url):
    h = host(url)
    return (h in ('matrix.to', 'app.element.io', 'riot.im', 'discord.gg', 'web.libera.chat', 'kiwiirc.com') or h.startswith('chat.')
            or (h == 'discord.com' and urlsplit(url).path.startswith('/invite')))


def recording_host(url):
    h, path = host(url), urlsplit(url).path
    return ((h == 'media.ccc.de' and path.startswith('/v/')) or under(h, 'video.fosdem.org') or h == 'youtu.be'
            or (under(h, 'youtube.com') and path.startswith('/watch')) or (h == 'vimeo.com' and re.match(r'/\d', path)))


def bare_video(text):
    t = re.sub(r'\([^)]*\)|\[[^\]]*\]', '', text)
    t = ' '.join(t.split()).lower()
    return re.match(r'^(?:watch )?(?:the )?(?:video|vidéo|videos|full video)[ .:]*$', t) is not None


def kind(text, url, origin):
    if not web(url):
        return None
    if origin == 'conferencing':
        return 'join'
    if origin == 'location' and not text.strip():
        return 'join'
    if origin == 'page':
        return 'join' if meeting(url) else 'chat' if chat(url) else None
    untitled = not text.strip() or text.strip() == url or re.match(r'https?://', text.strip(), re.I)
    if not untitled:
        if RECORDING.search(text):
            return 'recording'
        if CHAT.search(text):
            return 'chat'
        if JOIN.search(text):
            return 'join'
        bare = re.sub(r'\([^)]*\)', '', text)
        bare = ' '.join(bare.split()).lower().rstrip('.:!')
        if bare in ('chat', 'matrix', 'irc'):
            return 'chat'
        if bare in ('live', 'direct', 'en direct', 'watch'):
            return 'join'
    if meeting(url):
        return 'join'
    if chat(url):
        return 'chat'
    if origin == 'listed' and (untitled or bare_video(text)) and (recording_host(url) or bare_video(text)):
        return 'recording'
    return None


def count(conference, sessions):
    """sessions: dicts with room, url, candidates [(text, url, origin)]"""
    online = (any(ONLINE_NAME.search(conference.get(k) or '') for k in ('title', 'subtitle', 'acronym'))
              or any(re.match(r'rc3(?:\b|[-_ ])', conference.get(k) or '', re.I) for k in ('acronym', 'title'))
              or bool(ONLINE_DESCRIPTION.search(conference.get('description') or '')))
    totals = dict(sessions=0, join=0, fallback=0, chat=0, recording=0)
    for s in sessions:
        totals['sessions'] += 1
        found = {}
        for text, url, origin in s['candidates']:
            k = kind(text, url, origin)
            if k and k not in found:
                found[k] = url
        if 'join' not in found and (online or ONLINE_ROOM.search(s['room'] or '')):
            page = conference.get('url') or ''
            if web(page) or web(s['url'] or ''):
                found['join'] = page
                totals['fallback'] += 1
        for k in ('join', 'chat', 'recording'):
            totals[k] += k in found
    return totals


def xml_feed(path):
    root = ET.parse(path).getroot()
    conf = root.find('conference')
    base = (conf.findtext('base_url') or '').strip() if conf is not None else ''
    info = {k: (conf.findtext(k) or '').strip() for k in ('title', 'subtitle', 'acronym', 'description', 'url')} if conf is not None else {}
    if not info.get('url'):
        info['url'] = base
    sessions = []
    for ev in root.iter('event'):
        cands = []
        for group, item in (('links', 'link'), ('attachments', 'attachment')):
            for g in ev.findall(group):
                for link in g.findall(item):
                    href = (link.get('href') or '').strip()
                    title = link.findtext('title')
                    if title is None:
                        title = ''.join(link.itertext())
                    if not urlsplit(href).scheme and base:
                        href = urljoin(base, href)
                    if not urlsplit(href).scheme:
                        continue
                    title = ' '.join(title.split()) or href
                    cands.append((title, href, 'listed'))
        url = (ev.findtext('url') or '').strip()
        if url:
            cands.append(('', url, 'page'))
        sessions.append(dict(room=(ev.findtext('room') or '').strip(), url=url, candidates=cands))
    return info, sessions


def json_feed(path):
    data = json.load(open(path, encoding='utf-8'))
    sched = data.get('schedule', data)
    conf = sched.get('conference', {})
    base = sched.get('base_url') or conf.get('base_url') or ''
    info = {k: conf.get(k) or '' for k in ('title', 'subtitle', 'acronym', 'description', 'url')}
    if not info['url']:
        info['url'] = base
    if 'events' in sched and isinstance(sched['events'], list):
        events = [(e, (e.get('room') or {}).get('name') if isinstance(e.get('room'), dict) else e.get('room')) for e in sched['events']]
    else:
        events = [(e, e.get('room') or key) for day in conf.get('days', []) for key, evs in day['rooms'].items() for e in evs]
    sessions = []
    for ev, room in events:
        cands = []
        for group in ('links', 'attachments'):
            for link in ev.get(group) or []:
                if isinstance(link, dict):
                    if link.get('type') in ('ORIGIN', 'FEEDBACK'):
                        continue
                    href, title = link.get('url') or link.get('href') or '', ' '.join((link.get('title') or '').split())
                elif isinstance(link, str):
                    href, title = link.strip(), ''
                else:
                    continue
                if not href:
                    continue
                if not urlsplit(href).scheme and base:
                    href = urljoin(base, href)
                if not urlsplit(href).scheme:
                    continue
                cands.append((title or href, href, 'listed'))
        url = (ev.get('url') or '').strip() if isinstance(ev.get('url'), str) else ''
        if url:
            cands.append(('', url, 'page'))
        sessions.append(dict(room=(room or '').strip(), url=url, candidates=cands))
    return info, sessions


URL_IN_TEXT = re.compile(r'https?://[^\s<>"\'\[\]{}|\\^`]+', re.I)


def text_links(text, origin):
    out = []
    for m in URL_IN_TEXT.finditer(text):
        url = m.group(0).rstrip('.,;:!?)')
        label = text[text.rfind('\n', 0, m.start()) + 1:m.start()].rstrip(' \t:-\u2013\u2014([<|=>')
        out.append((' '.join(label.split())[-80:], url, origin))
    return out


def ics_feed(path):
    raw = open(path, 'rb').read().decode('utf-8', errors='replace').replace('\r\n', '\n').replace('\r', '\n')
    raw = re.sub(r'\n[ \t]', '', raw)
    info = {'title': '', 'subtitle': '', 'acronym': '', 'description': '', 'url': ''}
    sessions = []
    for block in raw.split('BEGIN:VEVENT')[1:]:
        block = block.split('END:VEVENT')[0]
        props = {}
        conferencing = []
        for line in block.split('\n'):
            m = re.match(r'([A-Za-z-]+)((?:;[^:]*)?):(.*)', line)
            if not m:
                continue
            name, value = m.group(1).upper(), m.group(3)
            value = value.replace('\\n', '\n').replace('\\N', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\')
            if name == 'CONFERENCE':
                conferencing.append(value.strip())
            props.setdefault(name, value.strip())
        if 'DTSTART' not in props:
            continue
        room = ' '.join(props.get('LOCATION', '').split())
        url = props.get('URL', '')
        cands = [('', c, 'conferencing') for c in conferencing]
        cands += text_links(room, 'location') + text_links(props.get('DESCRIPTION', ''), 'description')
        if url:
            cands.append(('', url, 'page'))
        sessions.append(dict(room=room, url=url, candidates=cands))
    return info, sessions


def main(folder):
    for path in sorted(glob.glob(os.path.join(folder, '*'))):
        name = os.path.basename(path)
        if name.endswith('.xml'):
            info, sessions = xml_feed(path)
        elif name.endswith('.json'):
            info, sessions = json_feed(path)
        elif name.endswith('.ics'):
            info, sessions = ics_feed(path)
        else:
            continue
        t = count(info, sessions)
        print('%s %d %d %d %d %d' % (name, t['sessions'], t['join'], t['fallback'], t['chat'], t['recording']))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '../../data/feeds'))
