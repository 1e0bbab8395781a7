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
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Search titles, speakers, abstracts (Ctrl+F)</source>
        <translation>Titel, Vortragende, Inhalte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sessions durchsuchen</translation>
    </message>
    <message>
        <source>Could not open the feed — showing the built-in agenda instead. %1</source>
        <translation>Der Feed konnte nicht geöffnet werden – stattdessen wird das eingebaute Programm angezeigt. %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Show all days</source>
        <translation>Alle Tage anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>Track: %1</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>Keine Session passt zu „%1“.</translation>
    </message>
    <message>
        <source>No sessions on this day or track.</source>
        <translation>Keine Sessions an diesem Tag oder in diesem Track.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) · times in %2</source>
        <translation>
            <numerusform>%1 von %n Session · Zeiten in %2</numerusform>
            <numerusform>%1 von %n Sessions · Zeiten in %2</numerusform>
        </translation>
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
</context>
<context>
    <name>Attend::SessionDetails</name>
    <message>
        <source>Session page</source>
        <translation>Session-Seite</translation>
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
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>Remove from my schedule (Space)</source>
        <translation>Aus meinem Zeitplan entfernen (Space)</translation>
    </message>
    <message>
        <source>Add to my schedule (Space)</source>
        <translation>Zu meinem Zeitplan hinzufügen (Space)</translation>
    </message>
    <message>
        <source>Remove bookmark: %1</source>
        <translation>Lesezeichen entfernen: %1</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen setzen: %1</translation>
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
        <source>--feed needs a file</source>
        <translation>--feed braucht eine Datei</translation>
    </message>
    <message>
        <source>Unknown time zone: %1 (use an IANA name such as Europe/Berlin, or &quot;event&quot;)</source>
        <translation>Unbekannte Zeitzone: %1 (verwenden Sie einen IANA-Namen wie Europe/Berlin oder „event“)</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <source>‹ Agenda</source>
        <translation>‹ Programm</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Zurück zum Programm</translation>
    </message>
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
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Programm (Ctrl+1)</translation>
    </message>
    <message>
        <source>My schedule (%1)</source>
        <translation>Mein Zeitplan (%1)</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mein Zeitplan</translation>
    </message>
    <message>
        <source>My schedule (Ctrl+2)</source>
        <translation>Mein Zeitplan (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (Ctrl+3)</source>
        <translation>Einstellungen (Ctrl+3)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>About Attend (Ctrl+4)</source>
        <translation>Über Attend (Ctrl+4)</translation>
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
        <source>Some of your sessions overlap: they are marked below.</source>
        <translation>Einige Ihrer Sessions überschneiden sich: sie sind unten markiert.</translation>
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
        <source>Export my schedule</source>
        <translation>Meinen Zeitplan exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Lesezeichen importieren</translation>
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
    <name>SessionDelegate</name>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>‹ Agenda</source>
        <translation>‹ Programm</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Zurück zum Programm</translation>
    </message>
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
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Search the agenda</source>
        <translation>Im Programm suchen</translation>
    </message>
    <message>
        <source>Agenda, My schedule, Settings, About</source>
        <translation>Programm, Mein Zeitplan, Einstellungen, Über</translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation>In einer Liste bewegen</translation>
    </message>
    <message>
        <source>Open the selected session</source>
        <translation>Ausgewählte Session öffnen</translation>
    </message>
    <message>
        <source>Bookmark the selected session, or remove its bookmark</source>
        <translation>Lesezeichen für die ausgewählte Session setzen oder entfernen</translation>
    </message>
    <message>
        <source>Back, or clear the search</source>
        <translation>Zurück oder Suche leeren</translation>
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
</context>
<context>
    <name>TimeSlotHeader</name>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
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
