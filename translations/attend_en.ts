<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <source>%1 of %n session(s) · times in %2</source>
        <translation>
            <numerusform>%1 of %n session · times in %2</numerusform>
            <numerusform>%1 of %n sessions · times in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on %1</source>
        <translation>
            <numerusform>%n more on %1</numerusform>
            <numerusform>%n more on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the day or filters</source>
        <translation>
            <numerusform>%n more hidden by the day or filters</numerusform>
            <numerusform>%n more hidden by the day or filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::Agenda</name>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n bookmarked session to %1.</numerusform>
            <numerusform>Exported %n bookmarked sessions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new bookmark(s) from %1 (already in My schedule: %2).</source>
        <translation>
            <numerusform>Imported %n new bookmark from %1 (already in My schedule: %2).</numerusform>
            <numerusform>Imported %n new bookmarks from %1 (already in My schedule: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You had %n session(s) yesterday — mark any to watch later?</source>
        <translation>
            <numerusform>You had %n session yesterday — mark it to watch later?</numerusform>
            <numerusform>You had %n sessions yesterday — mark any to watch later?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n bookmark(s) of “%1”</source>
        <translation>
            <numerusform>Forgot %n bookmark of “%1”</numerusform>
            <numerusform>Forgot %n bookmarks of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::ChangeText</name>
    <message numerus="yes">
        <source>%1: %n of your sessions changed</source>
        <translation>
            <numerusform>%1: %n of your sessions changed</numerusform>
            <numerusform>%1: %n of your sessions changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::Conferences</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::DayTimelineModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::FeedProbe</name>
    <message numerus="yes">
        <source>This is a web page, not a schedule feed. It links to %n feed(s): pick one below.</source>
        <translation>
            <numerusform>This is a web page, not a schedule feed. It links to %n feed: pick it below.</numerusform>
            <numerusform>This is a web page, not a schedule feed. It links to %n feeds: pick one below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::NowNextModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::ScheduleModel</name>
    <message numerus="yes">
        <source>Free %1 (%n min)</source>
        <translation>
            <numerusform>Free %1 (%n min)</numerusform>
            <numerusform>Free %1 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::SessionListModel</name>
    <message numerus="yes">
        <source>On now · %n min in</source>
        <translation>
            <numerusform>On now · %n min in</numerusform>
            <numerusform>On now · %n min in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) of %1 to %2</source>
        <translation>
            <numerusform>Exported %n bookmarked session of %1 to %2</numerusform>
            <numerusform>Exported %n bookmarked sessions of %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n track(s) or room(s) hidden</source>
        <translation>
            <numerusform>%n track or room hidden</numerusform>
            <numerusform>%n tracks or rooms hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1</source>
        <translation>
            <numerusform>%n session on %1</numerusform>
            <numerusform>%n sessions on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <source>Started %1 (%n min ago)</source>
        <translation>
            <numerusform>Started %1 (%n min ago)</numerusform>
            <numerusform>Started %1 (%n min ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 (in %n min)</source>
        <translation>
            <numerusform>Starts %1 (in %n min)</numerusform>
            <numerusform>Starts %1 (in %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <source>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.</source>
        <translation>
            <numerusform>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute before it starts.</numerusform>
            <numerusform>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minutes before it starts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
