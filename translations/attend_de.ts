<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutPage</name>
    <message>
        <source>Attend %1</source>
        <translation>Attend %1</translation>
    </message>
    <message>
        <source>A desktop companion for conference attendees: the agenda in your time zone, your own schedule kept on your machine, and reminders that never misfire.</source>
        <translation>Ihr Begleiter für Konferenzen auf dem Desktop: das Programm in Ihrer Zeitzone, Ihr eigener Zeitplan auf Ihrem Rechner und Erinnerungen, die nie danebengehen.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>Erstellt mit %1.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>Über Attend</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <source>Read the GNU General Public License, version 3</source>
        <translation>Die GNU General Public License, Version 3, lesen</translation>
    </message>
</context>
<context>
    <name>AddConferenceDialog</name>
    <message>
        <source>Add a conference</source>
        <translation>Konferenz hinzufügen</translation>
    </message>
    <message>
        <source>Paste the address of the conference&apos;s schedule feed: Pentabarf/frab XML, frab JSON or iCalendar, as pretalx, frab, Indico or Sched publish it.</source>
        <translation>Fügen Sie die Adresse des Programm-Feeds der Konferenz ein: Pentabarf/frab XML, frab JSON oder iCalendar, wie pretalx, frab, Indico oder Sched ihn veröffentlichen.</translation>
    </message>
    <message>
        <source>https://example.org/schedule.xml</source>
        <translation>https://example.org/schedule.xml</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Feed-Adresse</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Public feed</source>
        <translation>Öffentlicher Feed</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>How the feed is accessed</source>
        <translation>Zugang zum Feed</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kept in your desktop&apos;s keychain, and sent only to this feed&apos;s own server.</source>
        <translation>Wird im Schlüsselbund Ihres Desktops aufbewahrt und nur an den Server dieses Feeds gesendet.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Downloading the feed</source>
        <translation>Feed wird heruntergeladen</translation>
    </message>
    <message>
        <source>Use it for this run only</source>
        <translation>Nur bis zum Beenden von Attend verwenden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Die neue Adresse verwenden</translation>
    </message>
    <message>
        <source>Add separately</source>
        <translation>Getrennt hinzufügen</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the conference you already follow</source>
        <translation>Die Konferenz öffnen, der Sie schon folgen</translation>
    </message>
    <message>
        <source>Check the feed %1</source>
        <translation>Feed %1 prüfen</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>Keine Session passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) · times in %2</source>
        <translation>
            <numerusform>%1 von %n Session · Zeiten in %2</numerusform>
            <numerusform>%1 von %n Sessions · Zeiten in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the feed: %1</source>
        <translation>Der Feed konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No session passes these filters.</source>
        <translation>Keine Session entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Every session shown here has ended: nothing is on now or later on this day.</source>
        <translation>Alle hier gezeigten Sessions sind vorbei: an diesem Tag läuft jetzt und später nichts mehr.</translation>
    </message>
    <message>
        <source>%1 is over: every session has ended.</source>
        <translation>%1 ist vorbei: alle Sessions sind zu Ende.</translation>
    </message>
    <message>
        <source>No session is shown, so there is nothing to jump to.</source>
        <translation>Keine Session wird gezeigt, es gibt also nichts anzuspringen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on %1</source>
        <translation>
            <numerusform>%n weitere am %1</numerusform>
            <numerusform>%n weitere am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the day or filters</source>
        <translation>
            <numerusform>%n weitere durch Tag oder Filter ausgeblendet</numerusform>
            <numerusform>%n weitere durch Tag oder Filter ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the sessions the search found</source>
        <translation>Die gefundenen Sessions zeigen</translation>
    </message>
    <message>
        <source>Nothing shown here matches “%1”, but the search found sessions elsewhere: see Show above.</source>
        <translation>Hier passt nichts zu „%1“, aber die Suche hat anderswo Sessions gefunden: siehe „Zeigen“ oben.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>AllConferencesView</name>
    <message>
        <source>All my conferences</source>
        <translation>Alle meine Konferenzen</translation>
    </message>
    <message>
        <source>%1 — no longer followed</source>
        <translation>%1 – nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Add back</source>
        <translation>Wieder hinzufügen</translation>
    </message>
    <message>
        <source>Add back %1</source>
        <translation>%1 wieder hinzufügen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget the bookmarks of %1</source>
        <translation>Die Lesezeichen von %1 vergessen</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>als „vielleicht“ vorgemerkt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No upcoming bookmarks in any conference you follow.</source>
        <translation>Keine anstehenden Lesezeichen in den Konferenzen, denen Sie folgen.</translation>
    </message>
</context>
<context>
    <name>Attend::Agenda</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The feed names no time zone; its times carry the offset %1.</source>
        <translation>Der Feed nennt keine Zeitzone; seine Zeitangaben tragen den Versatz %1.</translation>
    </message>
    <message>
        <source>The feed names no time zone: guessed %1 from the venue&apos;s city, %2.</source>
        <translation>Der Feed nennt keine Zeitzone: %1 wurde aus der Stadt des Veranstaltungsorts geschätzt, %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) to %1.</source>
        <translation>
            <numerusform>%n Session mit Lesezeichen nach %1 exportiert.</numerusform>
            <numerusform>%n Sessions mit Lesezeichen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new bookmark(s) from %1 (already in My schedule: %2).</source>
        <translation>
            <numerusform>%n neues Lesezeichen aus %1 importiert (schon in „Mein Zeitplan“: %2).</numerusform>
            <numerusform>%n neue Lesezeichen aus %1 importiert (schon in „Mein Zeitplan“: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Alle Tracks</translation>
    </message>
    <message>
        <source>The feed names no time zone: event time is shown as UTC. Times it writes without an offset are read as UTC and may be off.</source>
        <translation>Der Feed nennt keine Zeitzone: Die Veranstaltungszeit wird in UTC angezeigt. Zeiten ohne Zeitversatz werden als UTC gelesen und können abweichen.</translation>
    </message>
    <message>
        <source>not a readable file of at most 100 MB</source>
        <translation>keine lesbare Datei von höchstens 100 MB</translation>
    </message>
    <message numerus="yes">
        <source>You had %n session(s) yesterday — mark any to watch later?</source>
        <translation>
            <numerusform>Sie hatten gestern %n Session – für später vormerken?</numerusform>
            <numerusform>Sie hatten gestern %n Sessions – welche davon für später vormerken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import: no file was chosen.</source>
        <translation>Import nicht möglich: keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Could not export: no file was chosen.</source>
        <translation>Export nicht möglich: keine Datei gewählt.</translation>
    </message>
    <message>
        <source>my-schedule</source>
        <translation>mein-zeitplan</translation>
    </message>
    <message>
        <source>Removed “%1” from your schedule</source>
        <translation>„%1“ aus deinem Zeitplan entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n bookmark(s) of “%1”</source>
        <translation>
            <numerusform>%n Lesezeichen von „%1“ vergessen</numerusform>
            <numerusform>%n Lesezeichen von „%1“ vergessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::AppShell</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Attend is still running</source>
        <translation>Attend läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of your sessions. Choose Quit in its menu to close it.</source>
        <translation>Es bleibt im Infobereich, um Sie an Ihre Sessions zu erinnern. Zum Schließen wählen Sie „Beenden“ in seinem Menü.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeNote</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Verschoben von %1 auf %2</translation>
    </message>
    <message>
        <source>Room changed from %1 to %2</source>
        <translation>Raum geändert von %1 zu %2</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeText</name>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title, quoted as the language does</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 wurde von %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>%1 moved from room %2 to %3</source>
        <translation>%1 ist von Raum %2 nach %3 umgezogen</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 wurde abgesagt</translation>
    </message>
    <message>
        <source>%1 is no longer in the agenda</source>
        <translation>%1 ist nicht mehr im Programm</translation>
    </message>
    <message>
        <source>%1 now clashes with %2</source>
        <translation>%1 überschneidet sich jetzt mit %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your sessions changed</source>
        <translation>
            <numerusform>%1: %n Ihrer Sessions wurde geändert</numerusform>
            <numerusform>%1: %n Ihrer Sessions wurden geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::ConferenceListModel</name>
    <message>
        <source>Built in</source>
        <translation>Eingebaut</translation>
    </message>
</context>
<context>
    <name>Attend::Conferences</name>
    <message>
        <source>Could not read the list of conferences (%1): %2. It is left as it is.</source>
        <translation>Die Liste der Konferenzen konnte nicht gelesen werden (%1): %2. Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Kept for this run only: %1</source>
        <translation>Nur bis zum Beenden von Attend aufbewahrt: %1</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not keep a copy of the feed: %1</source>
        <translation>Eine Kopie des Feeds konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Session</numerusform>
            <numerusform>%n Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the list of conferences: %1</source>
        <translation>Die Liste der Konferenzen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>eine Konferenz</translation>
    </message>
    <message>
        <source>This looks like %1, which you follow from %2: use the new address for it, or add it separately?</source>
        <translation>Das sieht aus wie %1, der Sie über %2 folgen: die neue Adresse dafür verwenden oder getrennt hinzufügen?</translation>
    </message>
    <message>
        <source>This looks like %1, which you have bookmarks of from %2: use the new address for them, or add it separately?</source>
        <translation>Das sieht aus wie %1, wofür Sie Lesezeichen von %2 haben: die neue Adresse dafür verwenden oder getrennt hinzufügen?</translation>
    </message>
    <message>
        <source>%1 did not answer a secure (https) connection. It may serve only plain http: if you trust it, type the address with http:// in front.</source>
        <translation>%1 hat auf eine sichere (https-)Verbindung nicht geantwortet. Vielleicht bietet es nur einfaches http an: Wenn Sie ihm vertrauen, geben Sie die Adresse mit http:// davor ein.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: its certificate is not valid for this address, has expired, or is not signed by an authority this computer trusts. Attend does not connect anyway. (%2)</source>
        <translation>Keine sichere Verbindung zu %1 möglich: Sein Zertifikat gilt nicht für diese Adresse, ist abgelaufen oder nicht von einer Stelle signiert, der dieser Computer vertraut. Attend verbindet sich trotzdem nicht. (%2)</translation>
    </message>
    <message>
        <source>No http:// or https:// was given, so Attend tried %1. %2</source>
        <translation>Es war kein http:// oder https:// angegeben, daher hat Attend %1 versucht. %2</translation>
    </message>
    <message>
        <source>You already follow %1.</source>
        <translation>Sie folgen %1 bereits.</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>„%1“ entfernt</translation>
    </message>
</context>
<context>
    <name>Attend::DayTimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <extracomment>hours and minutes of free time, as &quot;1 h 30&quot;</extracomment>
        <translation>%1 Std. %2</translation>
    </message>
    <message>
        <source>Alternative to %1</source>
        <translation>Alternative zu %1</translation>
    </message>
    <message>
        <source>Clashes with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message>
        <source>Free %1, %2</source>
        <extracomment>free time between two bookmarked sessions: &quot;Free 12:30–14:00, 1 h 30&quot;</extracomment>
        <translation>Frei %1, %2</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>als „vielleicht“ vorgemerkt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
</context>
<context>
    <name>Attend::FeedFetcher</name>
    <message>
        <source>not a web address: %1</source>
        <translation>keine Webadresse: %1</translation>
    </message>
    <message>
        <source>the feed is larger than %1</source>
        <translation>der Feed ist größer als %1</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>sichere Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>die Zugangsdaten wurden abgelehnt</translation>
    </message>
    <message>
        <source>the feed needs credentials</source>
        <translation>der Feed erfordert Zugangsdaten</translation>
    </message>
    <message>
        <source>the connection broke before the whole feed arrived: %1</source>
        <translation>die Verbindung brach ab, bevor der ganze Feed ankam: %1</translation>
    </message>
    <message>
        <source>the feed arrived incomplete: %1 of %2 bytes</source>
        <translation>der Feed kam unvollständig an: %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation>HTTP-%1-Weiterleitung ohne Ziel</translation>
    </message>
    <message>
        <source>too many redirects (limit %1)</source>
        <translation>zu viele Weiterleitungen (höchstens %1)</translation>
    </message>
    <message>
        <source>refused a redirect from https to insecure http: %1</source>
        <translation>Weiterleitung von https auf unsicheres http abgelehnt: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine normale Datei</translation>
    </message>
</context>
<context>
    <name>Attend::FeedProbe</name>
    <message>
        <source>not a web address (http:// or https://) or a file</source>
        <translation>weder eine Webadresse (http:// oder https://) noch eine Datei</translation>
    </message>
    <message>
        <source>This is a web page, not a schedule feed, and it links to no feed Attend recognises. Look on the conference&apos;s site for a link to its schedule as XML, JSON or iCalendar (.ics).</source>
        <translation>Das ist eine Webseite, kein Programm-Feed, und sie verweist auf keinen Feed, den Attend kennt. Suchen Sie auf der Seite der Konferenz nach einem Link zu ihrem Programm als XML, JSON oder iCalendar (.ics).</translation>
    </message>
    <message numerus="yes">
        <source>This is a web page, not a schedule feed. It links to %n feed(s): pick one below.</source>
        <translation>
            <numerusform>Das ist eine Webseite, kein Programm-Feed. Sie verweist auf %n Feed: wählen Sie ihn unten.</numerusform>
            <numerusform>Das ist eine Webseite, kein Programm-Feed. Sie verweist auf %n Feeds: wählen Sie unten einen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::FeedStatus</name>
    <message>
        <source>Built into Attend</source>
        <translation>In Attend eingebaut</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Suche nach Aktualisierungen…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Offline — showing the copy from %1</source>
        <translation>Offline – angezeigt wird die Kopie von %1</translation>
    </message>
    <message>
        <source>Could not update (%1) — showing the copy from %2</source>
        <translation>Aktualisierung fehlgeschlagen (%1) – angezeigt wird die Kopie von %2</translation>
    </message>
    <message>
        <source>Updated %1 · checked %2</source>
        <translation>Aktualisiert %1 · geprüft %2</translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>der Server bittet, bis %1 zu warten</translation>
    </message>
</context>
<context>
    <name>Attend::FeedUpdater</name>
    <message>
        <source>could not keep the downloaded copy: %1</source>
        <translation>die heruntergeladene Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Attend::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>In 5 Min. erinnern</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
</context>
<context>
    <name>Attend::KeychainSecretStore</name>
    <message>
        <source>The keychain is locked or refused access to the password or token of this feed.</source>
        <translation>Der Schlüsselbund ist gesperrt oder verweigert den Zugriff auf das Passwort oder Token dieses Feeds.</translation>
    </message>
    <message>
        <source>The keychain on this desktop has no default keyring to keep the password or token of this feed in.</source>
        <translation>Der Schlüsselbund dieses Desktops hat keinen Standardbereich, in dem das Passwort oder Token dieses Feeds aufbewahrt werden kann.</translation>
    </message>
    <message>
        <source>The keychain could not read the password or token of this feed: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort oder Token dieses Feeds nicht lesen: %1</translation>
    </message>
    <message>
        <source>The keychain could not save the password or token of this feed: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort oder Token dieses Feeds nicht speichern: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the password or token of this feed: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort oder Token dieses Feeds nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>Attend::NowNextModel</name>
    <message>
        <source>The conference starts on %1</source>
        <translation>Die Konferenz beginnt am %1</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 beginnt am %2</translation>
    </message>
    <message>
        <source>The conference is over</source>
        <translation>Die Konferenz ist vorbei</translation>
    </message>
    <message>
        <source>Nothing is on right now.</source>
        <translation>Gerade läuft nichts.</translation>
    </message>
    <message>
        <source>Nothing is on right now. Next: %1 %2</source>
        <translation>Gerade läuft nichts. Als Nächstes: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>just started · %1 left</source>
        <translation>gerade begonnen · noch %1</translation>
    </message>
    <message>
        <source>%1 in · %2 left</source>
        <translation>seit %1 · noch %2</translation>
    </message>
</context>
<context>
    <name>Attend::PersonalSchedule</name>
    <message>
        <source>Your schedule could not be saved to %1: %2</source>
        <translation>Ihr Zeitplan konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Attend::ScheduleModel</name>
    <message>
        <source>Clashes with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Free %1 (%n min)</source>
        <translation>
            <numerusform>Frei %1 (%n Min.)</numerusform>
            <numerusform>Frei %1 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alternative to %1</source>
        <translation>Alternative zu %1</translation>
    </message>
</context>
<context>
    <name>Attend::SecretStore</name>
    <message>
        <source>No password or token is saved for this feed.</source>
        <translation>Für diesen Feed ist kein Passwort oder Token gespeichert.</translation>
    </message>
    <message>
        <source>There is no keychain on this desktop to keep the password or token of this feed in.</source>
        <translation>Auf diesem Desktop gibt es keinen Schlüsselbund, um das Passwort oder Token dieses Feeds aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>Attend::SessionDetails</name>
    <message>
        <source>Session page</source>
        <translation>Session-Seite</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>Attend::SessionListModel</name>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <source>On now · just started</source>
        <translation>Läuft gerade · hat eben begonnen</translation>
    </message>
    <message numerus="yes">
        <source>On now · %n min in</source>
        <translation>
            <numerusform>Läuft gerade · seit %n Min.</numerusform>
            <numerusform>Läuft gerade · seit %n Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::TimeFormatter</name>
    <message>
        <source>%1 your time</source>
        <translation>%1 Ihre Zeit</translation>
    </message>
</context>
<context>
    <name>Attend::TrayController</name>
    <message>
        <source>No bookmarked session ahead</source>
        <translation>Keine anstehende Session mit Lesezeichen</translation>
    </message>
    <message>
        <source>Hide Attend</source>
        <translation>Attend ausblenden</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Als Nächstes: %1 (%2)</translation>
    </message>
    <message>
        <source>Attend — next: %1, %2</source>
        <translation>Attend – als Nächstes: %1, %2</translation>
    </message>
    <message>
        <source>Show Attend</source>
        <translation>Attend anzeigen</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
</context>
<context>
    <name>BackHeader</name>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>BannerButtons</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>Remove bookmark: %1</source>
        <translation>Lesezeichen entfernen: %1</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen setzen: %1</translation>
    </message>
    <message>
        <source>Bookmarked as maybe</source>
        <translation>Als „vielleicht“ vorgemerkt</translation>
    </message>
    <message>
        <source>Bookmarked as must see</source>
        <translation>Als „unbedingt sehen“ vorgemerkt</translation>
    </message>
    <message>
        <source>Add to my schedule as must see (%1)</source>
        <translation>Als unbedingt in meinen Zeitplan aufnehmen (%1)</translation>
    </message>
    <message>
        <source>Maybe — remove from my schedule (%1)</source>
        <translation>Vielleicht — aus meinem Zeitplan entfernen (%1)</translation>
    </message>
    <message>
        <source>Must see — remove from my schedule (%1)</source>
        <translation>Unbedingt — aus meinem Zeitplan entfernen (%1)</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelButton</name>
    <message>
        <source>Must see or maybe (Shift+Space)</source>
        <translation>Unbedingt sehen oder vielleicht (Shift+Space)</translation>
    </message>
    <message>
        <source>Bookmark level: %1</source>
        <translation>Lesezeichen-Stufe: %1</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>Kein Lesezeichen</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelMenu</name>
    <message>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
    <message>
        <source>Must see: reminded, leads in a clash</source>
        <translation>Unbedingt sehen: mit Erinnerung, hat bei Überschneidungen Vorrang</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Maybe: an alternative, not reminded</source>
        <translation>Vielleicht: eine Alternative, ohne Erinnerung</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Never show %1 in this conference</source>
        <translation>%1 in dieser Konferenz nie anzeigen</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Session</numerusform>
            <numerusform>%n Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>none on %1</source>
        <translation>keine am %1</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>keine Sessions</translation>
    </message>
    <message>
        <source>Show only %1 (with the others ticked), %2</source>
        <translation>Nur %1 zeigen (mit den anderen angehakten), %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) of %1 to %2</source>
        <translation>
            <numerusform>%n Session mit Lesezeichen von %1 nach %2 exportiert</numerusform>
            <numerusform>%n Sessions mit Lesezeichen von %1 nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Attend: read a conference&apos;s agenda, in your own time zone.</source>
        <translation>Attend: das Programm einer Konferenz lesen, in Ihrer eigenen Zeitzone.</translation>
    </message>
    <message>
        <source>Open the agenda in &lt;file&gt; instead of the built-in one.</source>
        <translation>Das Programm aus &lt;file&gt; statt des eingebauten öffnen.</translation>
    </message>
    <message>
        <source>Print the sessions, one a line, tab-separated, and exit.</source>
        <translation>Die Sessions ausgeben, eine pro Zeile, durch Tabulatoren getrennt, und beenden.</translation>
    </message>
    <message>
        <source>Show times in &lt;zone&gt;: an IANA name such as Europe/Berlin, or &quot;event&quot; for the conference&apos;s own zone. Default: this computer&apos;s zone.</source>
        <translation>Zeiten in &lt;zone&gt; anzeigen: ein IANA-Name wie Europe/Berlin oder „event“ für die Zeitzone der Konferenz. Standard: die Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>Write the bookmarked sessions of the conference to &lt;file&gt; as an iCalendar file, and exit.</source>
        <translation>Die Sessions der Konferenz mit Lesezeichen als iCalendar-Datei nach &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray, with reminders armed.</source>
        <translation>Verborgen im Infobereich starten, mit aktiven Erinnerungen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown time zone: %1 (use an IANA name such as Europe/Berlin, or &quot;event&quot;)</source>
        <translation>Unbekannte Zeitzone: %1 (verwenden Sie einen IANA-Namen wie Europe/Berlin oder „event“)</translation>
    </message>
    <message>
        <source>--feed needs a file or a URL</source>
        <translation>--feed erfordert eine Datei oder eine URL</translation>
    </message>
    <message>
        <source>could not refresh %1 (%2); showing the copy from %3</source>
        <translation>%1 konnte nicht aktualisiert werden (%2); angezeigt wird die Kopie von %3</translation>
    </message>
    <message>
        <source>could not keep a copy of the feed: %1</source>
        <translation>eine Kopie des Feeds konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>With --list: add a seventh column, where to join each session (its live stream or room; empty when none).</source>
        <translation>Mit --list: eine siebte Spalte hinzufügen, wo man an jeder Session teilnimmt (Livestream oder Raum; leer, wenn es keinen gibt).</translation>
    </message>
    <message>
        <source>Print the path of the live calendar file (your bookmarks of every followed conference, kept up to date for calendar apps to subscribe to), and exit.</source>
        <translation>Den Pfad der Live-Kalenderdatei ausgeben (Ihre Lesezeichen aller verfolgten Konferenzen, stets aktuell gehalten, damit Kalender-Apps sie abonnieren können) und beenden.</translation>
    </message>
    <message>
        <source>attend: the live calendar is turned off in Settings: this file is not kept up to date.</source>
        <translation>attend: der Live-Kalender ist in den Einstellungen ausgeschaltet: diese Datei wird nicht aktuell gehalten.</translation>
    </message>
    <message>
        <source>With --list, print only the sessions a search for &lt;text&gt; shows in the window: every word must start a word of the title, speakers, track, room or abstract.</source>
        <translation>Mit --list nur die Sessions ausgeben, die eine Suche nach &lt;text&gt; im Fenster zeigt: Jedes Wort muss ein Wort von Titel, Vortragenden, Track, Raum oder Zusammenfassung beginnen.</translation>
    </message>
    <message>
        <source>--search works with --list</source>
        <translation>--search geht nur mit --list</translation>
    </message>
</context>
<context>
    <name>ConferenceIdentity</name>
    <message>
        <source>the feed now claims to be another conference (%1)</source>
        <translation>der Feed gibt sich jetzt als eine andere Konferenz aus (%1)</translation>
    </message>
</context>
<context>
    <name>ConferenceMenu</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>About %1…</source>
        <translation>Über %1…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Add a conference…</source>
        <translation>Konferenz hinzufügen…</translation>
    </message>
    <message>
        <source>Remove “%1”…</source>
        <translation>„%1“ entfernen…</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <source>Dates: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Session</numerusform>
            <numerusform>%n Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Open the conference&apos;s web page</source>
        <translation>Website der Konferenz öffnen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Set the time zone…</source>
        <translation>Zeitzone festlegen…</translation>
    </message>
    <message>
        <source>Set the conference&apos;s time zone</source>
        <translation>Die Zeitzone der Konferenz festlegen</translation>
    </message>
    <message>
        <source>Use the feed&apos;s zone</source>
        <translation>Zone des Feeds verwenden</translation>
    </message>
    <message>
        <source>Use the time zone the feed gives</source>
        <translation>Die Zeitzone verwenden, die der Feed angibt</translation>
    </message>
    <message>
        <source>Time zone of %1</source>
        <translation>Zeitzone von %1</translation>
    </message>
    <message>
        <source>Session times stay as the feed writes them (10:00 stays 10:00), placed in the zone you choose.</source>
        <translation>Die Zeiten bleiben, wie der Feed sie schreibt (10:00 bleibt 10:00), in der Zone, die Sie wählen.</translation>
    </message>
    <message>
        <source>Search zones, e.g. Brussels</source>
        <translation>Zonen suchen, z. B. Brussels</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen suchen</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>No zone matches “%1”.</source>
        <translation>Keine Zone passt zu „%1“.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ConferenceSwitcher</name>
    <message>
        <source>Conference: %1, %2. Switch, add or remove conferences</source>
        <translation>Konferenz: %1, %2. Konferenzen wechseln, hinzufügen oder entfernen</translation>
    </message>
</context>
<context>
    <name>DayTimelineView</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mein Zeitplan</translation>
    </message>
    <message>
        <source>My schedule as a day timeline</source>
        <translation>Mein Zeitplan als Tagesverlauf</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>Star sessions in the Agenda to build your schedule.</source>
        <translation>Markiere Vorträge im Programm mit einem Stern, um deinen Zeitplan zu füllen.</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Programm öffnen</translation>
    </message>
</context>
<context>
    <name>FeedStatusBar</name>
    <message>
        <source>Feed status: %1</source>
        <translation>Feed-Status: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry: refresh the agenda from its feed (F5)</source>
        <translation>Erneut versuchen: das Programm aus seinem Feed aktualisieren (F5)</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Go to the folder above</source>
        <translation>Zum übergeordneten Ordner</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Folders and calendar files</source>
        <translation>Ordner und Kalenderdateien</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Ordner und Dateien</translation>
    </message>
    <message>
        <source>%1/</source>
        <translation>%1/</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>No calendar files (.ics) here</source>
        <translation>Hier gibt es keine Kalenderdateien (.ics)</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>Dieser Ordner ist leer</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Dateiname:</translation>
    </message>
    <message>
        <source>name.ics</source>
        <translation>name.ics</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Kalenderdateien (.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Tracks (%1) ▾</source>
        <translation>Tracks (%1) ▾</translation>
    </message>
    <message>
        <source>Tracks ▾</source>
        <translation>Tracks ▾</translation>
    </message>
    <message>
        <source>Choose tracks</source>
        <translation>Tracks auswählen</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Rooms (%1) ▾</source>
        <translation>Räume (%1) ▾</translation>
    </message>
    <message>
        <source>Rooms ▾</source>
        <translation>Räume ▾</translation>
    </message>
    <message>
        <source>Choose rooms</source>
        <translation>Räume auswählen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Show only bookmarked sessions</source>
        <translation>Nur Sessions mit Lesezeichen anzeigen</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Liste anzeigen</translation>
    </message>
    <message>
        <source>Show the day as a grid of rooms</source>
        <translation>Den Tag als Raster der Räume anzeigen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Jump to what is on now</source>
        <translation>Zu dem springen, was gerade läuft</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions</source>
        <translation>%1 von %2 Sessions angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) or room(s) hidden</source>
        <translation>
            <numerusform>%n Track oder Raum ausgeblendet</numerusform>
            <numerusform>%n Tracks oder Räume ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Ausgeblendete anzeigen</translation>
    </message>
    <message>
        <source>Show the hidden tracks and rooms again</source>
        <translation>Ausgeblendete Tracks und Räume wieder anzeigen</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Show all days</source>
        <translation>Alle Tage zeigen</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions on %3</source>
        <translation>%1 von %2 Sessions am %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1</source>
        <translation>
            <numerusform>%n Vortrag am %1</numerusform>
            <numerusform>%n Vorträge am %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Session</numerusform>
            <numerusform>%n Sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Search sessions (Ctrl+F)</source>
        <translation>Vorträge suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessions durchsuchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed (F5)</source>
        <translation>Programm aus seinem Feed aktualisieren (F5)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Export my schedule…</source>
        <translation>Meinen Zeitplan exportieren…</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Lesezeichen importieren…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>Über Attend</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>MainMenuButton</name>
    <message>
        <source>Main menu</source>
        <translation>Hauptmenü</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mein Zeitplan</translation>
    </message>
    <message>
        <source>Now &amp; Next</source>
        <translation>Jetzt &amp; gleich</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Programm (Ctrl+1)</translation>
    </message>
    <message>
        <source>My schedule (Ctrl+2)</source>
        <translation>Mein Zeitplan (Ctrl+2)</translation>
    </message>
    <message>
        <source>Now and next (Ctrl+3)</source>
        <translation>Jetzt und gleich (Ctrl+3)</translation>
    </message>
    <message>
        <source>Speakers (Ctrl+4)</source>
        <translation>Vortragende (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>Jetzt &amp; gleich</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Starting within the hour</source>
        <translation>Beginnt innerhalb der nächsten Stunde</translation>
    </message>
    <message>
        <source>Show the first day</source>
        <translation>Ersten Tag anzeigen</translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation>Jetzt und gleich</translation>
    </message>
    <message>
        <source>Nothing on now or within the hour.</source>
        <translation>Weder jetzt noch in der nächsten Stunde läuft etwas.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>An %1 teilnehmen</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Programm öffnen</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>der Ordner %1 kann nicht privat gemacht werden</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <source>Started %1 (%n min ago)</source>
        <translation>
            <numerusform>Hat um %1 begonnen (vor %n Min.)</numerusform>
            <numerusform>Hat um %1 begonnen (vor %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting now, %1</source>
        <translation>Beginnt jetzt, %1</translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 (in %n min)</source>
        <translation>
            <numerusform>Beginnt um %1 (in %n Min.)</numerusform>
            <numerusform>Beginnt um %1 (in %n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminder: %1</source>
        <translation>Verpasste Erinnerung: %1</translation>
    </message>
    <message>
        <source>Starting now: %1</source>
        <translation>Beginnt jetzt: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>In 5 Min. erinnern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung verwerfen</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>An %1 teilnehmen</translation>
    </message>
</context>
<context>
    <name>RemoveConferenceDialog</name>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its downloaded agenda is deleted. Your bookmarks in it are kept and come back if you add it again.</source>
        <translation>Ihr heruntergeladenes Programm wird gelöscht. Ihre Lesezeichen darin bleiben erhalten und kehren zurück, wenn Sie die Konferenz erneut hinzufügen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minuten vor einer Session für die Erinnerung</translation>
    </message>
    <message>
        <source>min before</source>
        <translation>Min. vorher</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export my schedule to a calendar file</source>
        <translation>Meinen Zeitplan in eine Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Lesezeichen importieren…</translation>
    </message>
    <message>
        <source>Import bookmarks from a calendar file</source>
        <translation>Lesezeichen aus einer Kalenderdatei importieren</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mein Zeitplan</translation>
    </message>
    <message>
        <source>No longer in the agenda</source>
        <translation>Nicht mehr im Programm</translation>
    </message>
    <message numerus="yes">
        <source>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.</source>
        <translation>
            <numerusform>Noch nichts hier.
Drücken Sie im Programm den Stern ☆ neben einer Session (oder wählen Sie sie aus und drücken Sie Space), um sie Ihrem Zeitplan hinzuzufügen. Attend erinnert Sie %n Minute vor Beginn daran.</numerusform>
            <numerusform>Noch nichts hier.
Drücken Sie im Programm den Stern ☆ neben einer Session (oder wählen Sie sie aus und drücken Sie Space), um sie Ihrem Zeitplan hinzuzufügen. Attend erinnert Sie %n Minuten vor Beginn daran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>Alle vormerken</translation>
    </message>
    <message>
        <source>Mark them all to watch later</source>
        <translation>Alle für später vormerken</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose which to watch later</source>
        <translation>Auswählen, was Sie später ansehen möchten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Some of your sessions overlap: they are marked below; the one you must see leads, a maybe one is its alternative.</source>
        <translation>Einige Ihrer Sessions überschneiden sich: Sie sind unten markiert; die Session, die Sie unbedingt sehen wollen, hat Vorrang, eine „vielleicht“-Session ist ihre Alternative.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Tagesverlauf</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>All my conferences</source>
        <translation>Alle meine Konferenzen</translation>
    </message>
    <message>
        <source>Watch later (%1)</source>
        <translation>Später ansehen (%1)</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>Später ansehen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>My schedule as a list</source>
        <translation>Mein Zeitplan als Liste</translation>
    </message>
    <message>
        <source>On Watch later</source>
        <translation>Auf „Später ansehen“</translation>
    </message>
    <message>
        <source>Take off Watch later: %1</source>
        <translation>Von „Später ansehen“ entfernen: %1</translation>
    </message>
    <message>
        <source>Watch later: %1</source>
        <translation>Später ansehen: %1</translation>
    </message>
    <message>
        <source>All my conferences…</source>
        <translation>Alle meine Konferenzen…</translation>
    </message>
    <message>
        <source>Export the bookmarks of all my conferences</source>
        <translation>Die Lesezeichen aller meiner Konferenzen exportieren</translation>
    </message>
    <message>
        <source>Only %1…</source>
        <translation>Nur %1…</translation>
    </message>
    <message>
        <source>Export only the bookmarks of %1</source>
        <translation>Nur die Lesezeichen von %1 exportieren</translation>
    </message>
    <message>
        <source>Export the bookmarks of this conference</source>
        <translation>Die Lesezeichen dieser Konferenz exportieren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Programm öffnen</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>Your schedule (%1) was %2. Attend shows it empty and will not change it; update Attend to use it.</source>
        <translation>Ihr Zeitplan (%1) wurde %2. Attend zeigt ihn leer an und verändert ihn nicht; aktualisieren Sie Attend, um ihn zu nutzen.</translation>
    </message>
    <message>
        <source>Your schedule could not be read (%1). It was kept as %2 and Attend started a new one.</source>
        <translation>Ihr Zeitplan konnte nicht gelesen werden (%1). Er wurde als %2 aufbewahrt, und Attend hat einen neuen begonnen.</translation>
    </message>
    <message>
        <source>Your schedule (%1) could not be read (%2) nor moved aside; Attend will not change it.</source>
        <translation>Ihr Zeitplan (%1) konnte weder gelesen (%2) noch beiseitegelegt werden; Attend verändert ihn nicht.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>Password or token for this feed</source>
        <translation>Passwort oder Token für diesen Feed</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Im Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Vorbei</translation>
    </message>
    <message>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message>
        <source>time estimated</source>
        <translation>Zeit geschätzt</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>als „vielleicht“ vorgemerkt</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>does not match the search</source>
        <translation>passt nicht zur Suche</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Remind me</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Remind me of %1</source>
        <translation>An %1 erinnern</translation>
    </message>
    <message>
        <source>This session is not in the agenda.</source>
        <translation>Diese Session ist nicht im Programm.</translation>
    </message>
    <message>
        <source>This session is no longer in the agenda. This is what Attend last knew of it.</source>
        <translation>Diese Session ist nicht mehr im Programm. Das ist der letzte Stand, den Attend von ihr kannte.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Vortragende: %1</translation>
    </message>
    <message>
        <source>No description was published for this session.</source>
        <translation>Für diese Session wurde keine Beschreibung veröffentlicht.</translation>
    </message>
    <message>
        <source>Abstract: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation>Link öffnen: %1</translation>
    </message>
    <message>
        <source>When (estimated): %1</source>
        <translation>Wann (geschätzt): %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Teilnehmen</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Teilnahme-Link</translation>
    </message>
    <message>
        <source>Join %1 (Ctrl+J)</source>
        <translation>An %1 teilnehmen (Ctrl+J)</translation>
    </message>
    <message>
        <source>Watch recording</source>
        <translation>Aufzeichnung ansehen</translation>
    </message>
    <message>
        <source>Watch the recording of %1</source>
        <translation>Die Aufzeichnung von %1 ansehen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Open the chat of %1</source>
        <translation>Den Chat von %1 öffnen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me before a session</source>
        <translation>Vor einer Session erinnern</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minuten vor einer Session für die Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all reminders</source>
        <translation>Alle Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
    <message>
        <source>My time</source>
        <translation>Meine Zeit</translation>
    </message>
    <message>
        <source>The event&apos;s time</source>
        <translation>Zeit der Veranstaltung</translation>
    </message>
    <message>
        <source>Show times in: %1</source>
        <translation>Zeiten anzeigen in: %1</translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation>Meine Zeitzone</translation>
    </message>
    <message>
        <source>This computer&apos;s: %1</source>
        <translation>Die dieses Computers: %1</translation>
    </message>
    <message>
        <source>My time zone, an IANA name such as Europe/Berlin; empty for this computer&apos;s</source>
        <translation>Meine Zeitzone, ein IANA-Name wie Europe/Berlin; leer für die dieses Computers</translation>
    </message>
    <message>
        <source>Unknown time zone. Use a name such as Europe/Berlin or America/Los_Angeles; leave it empty for this computer&apos;s zone.</source>
        <translation>Unbekannte Zeitzone. Verwenden Sie einen Namen wie Europe/Berlin oder America/Los_Angeles; lassen Sie das Feld für die Zeitzone dieses Computers leer.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Start Attend at login, hidden in the tray</source>
        <translation>Attend bei der Anmeldung starten, verborgen im Infobereich</translation>
    </message>
    <message>
        <source>Agenda feeds</source>
        <translation>Programm-Feeds</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Nach Aktualisierungen suchen alle</translation>
    </message>
    <message>
        <source>Minutes between checks for agenda updates</source>
        <translation>Minuten zwischen den Prüfungen auf Programmänderungen</translation>
    </message>
    <message>
        <source>Also tell me when a session starts</source>
        <translation>Mir auch Bescheid geben, wenn eine Session beginnt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>For sessions I can join online</source>
        <translation>Bei Sessions, an denen ich online teilnehmen kann</translation>
    </message>
    <message>
        <source>For every bookmarked session</source>
        <translation>Bei jeder Session mit Lesezeichen</translation>
    </message>
    <message>
        <source>Remind me of maybe sessions too</source>
        <translation>Auch an „vielleicht“-Sessions erinnern</translation>
    </message>
    <message>
        <source>Remind me of sessions bookmarked as maybe too</source>
        <translation>Auch an Sessions erinnern, die als „vielleicht“ vorgemerkt sind</translation>
    </message>
    <message>
        <source>Live calendar</source>
        <translation>Live-Kalender</translation>
    </message>
    <message>
        <source>Attend keeps a calendar file of your bookmarks in every conference you follow, updated within a second of each change: new bookmarks appear, moved sessions move, cancelled ones are marked cancelled. Subscribe to it once from your calendar app.</source>
        <translation>Attend führt eine Kalenderdatei mit Ihren Lesezeichen aus allen Konferenzen, denen Sie folgen, und aktualisiert sie binnen einer Sekunde nach jeder Änderung: neue Lesezeichen erscheinen, verschobene Sessions wandern mit, abgesagte werden als abgesagt markiert. Abonnieren Sie sie einmal in Ihrer Kalender-App.</translation>
    </message>
    <message>
        <source>Keep the calendar file</source>
        <translation>Kalenderdatei führen</translation>
    </message>
    <message>
        <source>Keep a live calendar file of my bookmarks</source>
        <translation>Eine Live-Kalenderdatei meiner Lesezeichen führen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Calendar file path</source>
        <translation>Pfad der Kalenderdatei</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s path</source>
        <translation>Den Pfad der Kalenderdatei kopieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose where the calendar file is kept</source>
        <translation>Auswählen, wo die Kalenderdatei liegt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Keep the calendar file in its default place</source>
        <translation>Die Kalenderdatei am Standardort führen</translation>
    </message>
    <message>
        <source>Alarms in the calendar</source>
        <translation>Alarme im Kalender</translation>
    </message>
    <message>
        <source>Add alarms to must-see sessions in the calendar file, at the reminder time</source>
        <translation>Sessions, die Sie unbedingt sehen wollen, in der Kalenderdatei mit einem Alarm zur Erinnerungszeit versehen</translation>
    </message>
    <message>
        <source>How to subscribe:
• Evolution: File → New → Calendar, type “On the web”, URL file://%1 — it re-reads the file on its refresh interval.
• Thunderbird: Calendar → New Calendar → On the Network, format iCalendar (ICS), location file://%1, and set “Refresh calendar” to every minute.
• KOrganizer: Settings → Configure KOrganizer → Calendars → Add → “ICal Calendar File”, the path above, read-only; it follows the file as it changes.
• GNOME Calendar: it subscribes only to web addresses (https://, webcal://), not to a file: add the file to Evolution instead — GNOME Calendar shows Evolution&apos;s calendars.</source>
        <translation>So abonnieren Sie ihn:
• Evolution: Datei → Neu → Kalender, Typ „Im Web“, URL file://%1 – die Datei wird im eingestellten Aktualisierungsintervall neu gelesen.
• Thunderbird: Kalender → Neuer Kalender → Im Netzwerk, Format iCalendar (ICS), Adresse file://%1, und „Kalender aktualisieren“ auf jede Minute stellen.
• KOrganizer: Einstellungen → KOrganizer einrichten → Kalender → Hinzufügen → „ICal-Kalenderdatei“, der Pfad oben, schreibgeschützt; er folgt der Datei, wenn sie sich ändert.
• GNOME Kalender: er abonniert nur Webadressen (https://, webcal://), keine Dateien: fügen Sie die Datei stattdessen in Evolution hinzu – GNOME Kalender zeigt die Kalender von Evolution an.</translation>
    </message>
    <message>
        <source>Keep the calendar file at</source>
        <translation>Kalenderdatei führen unter</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Search the agenda</source>
        <translation>Im Programm suchen</translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation>In einer Liste bewegen</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Diese Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Tastenkürzel schließen</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed</source>
        <translation>Programm aus seinem Feed aktualisieren</translation>
    </message>
    <message>
        <source>Join the session on screen (its live stream or room)</source>
        <translation>An der angezeigten Session teilnehmen (Livestream oder Raum)</translation>
    </message>
    <message>
        <source>Bookmark the selected session as maybe, or switch must see ⇄ maybe</source>
        <translation>Die ausgewählte Session als „vielleicht“ vormerken oder zwischen unbedingt sehen ⇄ vielleicht wechseln</translation>
    </message>
    <message>
        <source>On a session page: must see ⇄ maybe</source>
        <translation>Auf der Seite einer Session: unbedingt sehen ⇄ vielleicht</translation>
    </message>
    <message>
        <source>Move between controls; each page starts on its list</source>
        <translation>Zwischen Bedienelementen wechseln; jede Seite beginnt in ihrer Liste</translation>
    </message>
    <message>
        <source>In a list: open the highlighted session. On a button: press it</source>
        <translation>In einer Liste: die markierte Session öffnen. Auf einem Knopf: ihn drücken</translation>
    </message>
    <message>
        <source>In a list: bookmark the highlighted session, or remove its bookmark. On a button: press it</source>
        <translation>In einer Liste: die markierte Session merken oder das Lesezeichen entfernen. Auf einem Knopf: ihn drücken</translation>
    </message>
    <message>
        <source>On a session&apos;s page: bookmark it, or remove its bookmark</source>
        <translation>Auf der Seite einer Session: sie merken oder das Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Agenda, My schedule, Now &amp; Next, Speakers</source>
        <translation>Programm, Mein Zeitplan, Jetzt &amp; gleich, Vortragende</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear the search, else go back to the page named on the back button</source>
        <translation>Suche leeren, sonst zurück zur Seite, die auf der Zurück-Schaltfläche steht</translation>
    </message>
    <message>
        <source>Undo a removal while its notice shows</source>
        <translation>Entfernen rückgängig machen, solange der Hinweis zu sehen ist</translation>
    </message>
    <message>
        <source>Add a conference</source>
        <translation>Konferenz hinzufügen</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <source>Search speakers</source>
        <translation>Vortragende suchen</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n Session</numerusform>
            <numerusform>%1, %n Sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No speaker matches “%1”.</source>
        <translation>Keine Vortragenden passen zu „%1“.</translation>
    </message>
    <message>
        <source>This agenda names no speakers.</source>
        <translation>Dieses Programm nennt keine Vortragenden.</translation>
    </message>
    <message>
        <source>Choose a speaker to see their sessions.</source>
        <translation>Wählen Sie eine vortragende Person aus, um ihre Sessions zu sehen.</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions von %1</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Zeitraster</translation>
    </message>
    <message>
        <source>No sessions on this day with these filters.</source>
        <translation>Keine Sessions an diesem Tag mit diesen Filtern.</translation>
    </message>
    <message>
        <source>Timetable, %1</source>
        <translation>Zeitplan, %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>WatchLaterView</name>
    <message>
        <source>Watch later</source>
        <translation>Später ansehen</translation>
    </message>
    <message>
        <source>recording available</source>
        <translation>Aufzeichnung verfügbar</translation>
    </message>
    <message>
        <source>no recording yet</source>
        <translation>noch keine Aufzeichnung</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>angesehen</translation>
    </message>
    <message>
        <source>Watched: %1</source>
        <translation>Angesehen: %1</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>No recording yet</source>
        <translation>Noch keine Aufzeichnung</translation>
    </message>
    <message>
        <source>Open recording: %1</source>
        <translation>Aufzeichnung öffnen: %1</translation>
    </message>
    <message>
        <source>No recording yet: %1</source>
        <translation>Noch keine Aufzeichnung: %1</translation>
    </message>
    <message>
        <source>Take off the Watch later list</source>
        <translation>Von der Liste „Später ansehen“ entfernen</translation>
    </message>
    <message>
        <source>Take off the Watch later list: %1</source>
        <translation>Von der Liste „Später ansehen“ entfernen: %1</translation>
    </message>
    <message>
        <source>Nothing to watch later.
After a bookmarked session has ended, press “Watch later” beside it in My schedule to keep it here with its recording.</source>
        <translation>Nichts für später vorgemerkt.
Wenn eine Session mit Lesezeichen vorbei ist, klicken Sie in „Mein Zeitplan“ daneben auf „Später ansehen“, um sie hier mit ihrer Aufzeichnung aufzubewahren.</translation>
    </message>
</context>
<context>
    <name>ZoneSwitch</name>
    <message>
        <source>My time</source>
        <translation>Meine Zeit</translation>
    </message>
    <message>
        <source>Show times in my time zone, %1</source>
        <translation>Zeiten in meiner Zeitzone anzeigen, %1</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Veranstaltungszeit</translation>
    </message>
    <message>
        <source>Show times in the event&apos;s time zone, %1</source>
        <translation>Zeiten in der Zeitzone der Veranstaltung anzeigen, %1</translation>
    </message>
</context>
</TS>
