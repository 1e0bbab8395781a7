<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutPage</name>
    <message>
        <source>Attend %1</source>
        <translation>Attend %1</translation>
    </message>
    <message>
        <source>A desktop companion for conference attendees: the agenda in your time zone, your own schedule kept on your machine, and reminders that never misfire.</source>
        <translation>Un compagnon de bureau pour les participants aux conférences&#xa0;: le programme dans votre fuseau horaire, votre propre programme conservé sur votre machine, et des rappels qui tombent toujours juste.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>Réalisé avec %1.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>À propos d’Attend</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Lire la licence</translation>
    </message>
    <message>
        <source>Read the GNU General Public License, version 3</source>
        <translation>Lire la licence publique générale GNU, version 3</translation>
    </message>
</context>
<context>
    <name>AddConferenceDialog</name>
    <message>
        <source>Add a conference</source>
        <translation>Ajouter une conférence</translation>
    </message>
    <message>
        <source>Paste the address of the conference&apos;s schedule feed: Pentabarf/frab XML, frab JSON or iCalendar, as pretalx, frab, Indico or Sched publish it.</source>
        <translation>Collez l’adresse du flux du programme de la conférence&#xa0;: Pentabarf/frab XML, frab JSON ou iCalendar, tel que le publient pretalx, frab, Indico ou Sched.</translation>
    </message>
    <message>
        <source>https://example.org/schedule.xml</source>
        <translation>https://example.org/schedule.xml</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Adresse du flux</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Public feed</source>
        <translation>Flux public</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nom d’utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>How the feed is accessed</source>
        <translation>Mode d’accès au flux</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Kept in your desktop&apos;s keychain, and sent only to this feed&apos;s own server.</source>
        <translation>Conservé dans le trousseau de votre bureau et envoyé uniquement au serveur de ce flux.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Downloading the feed</source>
        <translation>Téléchargement du flux</translation>
    </message>
    <message>
        <source>Use it for this run only</source>
        <translation>L’utiliser jusqu’à la fermeture d’Attend</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Utiliser la nouvelle adresse</translation>
    </message>
    <message>
        <source>Add separately</source>
        <translation>Ajouter séparément</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <source>Open the conference you already follow</source>
        <translation>Ouvrir la conférence que vous suivez déjà</translation>
    </message>
    <message>
        <source>Check the feed %1</source>
        <translation>Vérifier le flux %1</translation>
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
        <translation>Aucune session ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) · times in %2</source>
        <translation>
            <numerusform>%1 sur %n session · fuseau horaire&#xa0;: %2</numerusform>
            <numerusform>%1 sur %n sessions · fuseau horaire&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the feed: %1</source>
        <translation>Impossible d’ouvrir le flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>No session passes these filters.</source>
        <translation>Aucune session ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Every session shown here has ended: nothing is on now or later on this day.</source>
        <translation>Toutes les sessions affichées ici sont terminées : rien n’a lieu maintenant ni plus tard ce jour-là.</translation>
    </message>
    <message>
        <source>%1 is over: every session has ended.</source>
        <translation>%1 est terminé : toutes les sessions sont finies.</translation>
    </message>
    <message>
        <source>No session is shown, so there is nothing to jump to.</source>
        <translation>Aucune session n’est affichée : il n’y a rien où aller.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on %1</source>
        <translation>
            <numerusform>%n de plus le %1</numerusform>
            <numerusform>%n de plus le %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the day or filters</source>
        <translation>
            <numerusform>%n autre masquée par le jour ou les filtres</numerusform>
            <numerusform>%n autres masquées par le jour ou les filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the sessions the search found</source>
        <translation>Afficher les sessions trouvées par la recherche</translation>
    </message>
    <message>
        <source>Nothing shown here matches “%1”, but the search found sessions elsewhere: see Show above.</source>
        <translation>Rien d’affiché ici ne correspond à « %1 », mais la recherche a trouvé des sessions ailleurs : voir Afficher ci-dessus.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
</context>
<context>
    <name>AllConferencesView</name>
    <message>
        <source>All my conferences</source>
        <translation>Toutes mes conférences</translation>
    </message>
    <message>
        <source>%1 — no longer followed</source>
        <translation>%1 — plus suivie</translation>
    </message>
    <message>
        <source>Add back</source>
        <translation>Rajouter</translation>
    </message>
    <message>
        <source>Add back %1</source>
        <translation>Rajouter %1</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget the bookmarks of %1</source>
        <translation>Oublier les favoris de %1</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>en favori «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>dans les favoris</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>No upcoming bookmarks in any conference you follow.</source>
        <translation>Aucun favori à venir dans les conférences que vous suivez.</translation>
    </message>
</context>
<context>
    <name>Attend::Agenda</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>The feed names no time zone; its times carry the offset %1.</source>
        <translation>Le flux n’indique pas de fuseau horaire&#x202f;; ses heures portent le décalage %1.</translation>
    </message>
    <message>
        <source>The feed names no time zone: guessed %1 from the venue&apos;s city, %2.</source>
        <translation>Le flux n’indique pas de fuseau horaire&#xa0;: %1 a été déduit de la ville du lieu, %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) to %1.</source>
        <translation>
            <numerusform>%n session des favoris exportée vers %1.</numerusform>
            <numerusform>%n sessions des favoris exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d’importer %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new bookmark(s) from %1 (already in My schedule: %2).</source>
        <translation>
            <numerusform>%n nouveau favori importé depuis %1 (déjà dans Mon programme&#xa0;: %2).</numerusform>
            <numerusform>%n nouveaux favoris importés depuis %1 (déjà dans Mon programme&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Toutes les thématiques</translation>
    </message>
    <message>
        <source>The feed names no time zone: event time is shown as UTC. Times it writes without an offset are read as UTC and may be off.</source>
        <translation>Le flux n’indique aucun fuseau horaire&#xa0;: l’heure de l’événement est affichée en UTC. Les heures écrites sans décalage sont lues comme UTC et peuvent être fausses.</translation>
    </message>
    <message>
        <source>not a readable file of at most 100 MB</source>
        <translation>pas un fichier lisible d’au plus 100 Mo</translation>
    </message>
    <message numerus="yes">
        <source>You had %n session(s) yesterday — mark any to watch later?</source>
        <translation>
            <numerusform>Vous aviez %n session hier — la garder pour plus tard&#xa0;?</numerusform>
            <numerusform>Vous aviez %n sessions hier — en garder pour plus tard&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import: no file was chosen.</source>
        <translation>Import impossible : aucun fichier choisi.</translation>
    </message>
    <message>
        <source>Could not export: no file was chosen.</source>
        <translation>Export impossible : aucun fichier choisi.</translation>
    </message>
    <message>
        <source>my-schedule</source>
        <translation>mon-programme</translation>
    </message>
    <message>
        <source>Removed “%1” from your schedule</source>
        <translation>« %1 » retirée de votre programme</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n bookmark(s) of “%1”</source>
        <translation>
            <numerusform>%n favori de « %1 » oublié</numerusform>
            <numerusform>%n favoris de « %1 » oubliés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::AppShell</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Impossible de modifier le démarrage à l’ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attend is still running</source>
        <translation>Attend continue de fonctionner</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of your sessions. Choose Quit in its menu to close it.</source>
        <translation>Il reste dans la zone de notification pour vous rappeler vos sessions. Choisissez «&#xa0;Quitter&#xa0;» dans son menu pour le fermer.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>Impossible d’écrire le fichier de calendrier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeNote</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Déplacée de %1 à %2</translation>
    </message>
    <message>
        <source>Room changed from %1 to %2</source>
        <translation>Changement de salle&#xa0;: de %1 à %2</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeText</name>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title, quoted as the language does</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>La session %1 passe de %2 à %3</translation>
    </message>
    <message>
        <source>%1 moved from room %2 to %3</source>
        <translation>La session %1 passe de la salle %2 à la salle %3</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>La session %1 est annulée</translation>
    </message>
    <message>
        <source>%1 is no longer in the agenda</source>
        <translation>La session %1 ne figure plus au programme</translation>
    </message>
    <message>
        <source>%1 now clashes with %2</source>
        <translation>La session %1 est désormais en conflit avec %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your sessions changed</source>
        <translation>
            <numerusform>%1&#xa0;: %n de vos sessions a été modifiée</numerusform>
            <numerusform>%1&#xa0;: %n de vos sessions ont été modifiées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::ConferenceListModel</name>
    <message>
        <source>Built in</source>
        <translation>Intégré</translation>
    </message>
</context>
<context>
    <name>Attend::Conferences</name>
    <message>
        <source>Could not read the list of conferences (%1): %2. It is left as it is.</source>
        <translation>Impossible de lire la liste des conférences (%1)&#xa0;: %2. Elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>Kept for this run only: %1</source>
        <translation>Conservé seulement jusqu’à la fermeture d’Attend&#xa0;: %1</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Ce n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not keep a copy of the feed: %1</source>
        <translation>Impossible de conserver une copie du flux&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the list of conferences: %1</source>
        <translation>Impossible d’enregistrer la liste des conférences&#xa0;: %1</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>une conférence</translation>
    </message>
    <message>
        <source>This looks like %1, which you follow from %2: use the new address for it, or add it separately?</source>
        <translation>Cela ressemble à %1, que vous suivez depuis %2 : utiliser la nouvelle adresse pour cette conférence, ou l’ajouter séparément ?</translation>
    </message>
    <message>
        <source>This looks like %1, which you have bookmarks of from %2: use the new address for them, or add it separately?</source>
        <translation>Cela ressemble à %1, dont vous avez des favoris venant de %2 : utiliser la nouvelle adresse pour eux, ou l’ajouter séparément ?</translation>
    </message>
    <message>
        <source>%1 did not answer a secure (https) connection. It may serve only plain http: if you trust it, type the address with http:// in front.</source>
        <translation>%1 n’a pas répondu à une connexion sécurisée (https). Il ne sert peut-être que du http simple : si vous lui faites confiance, tapez l’adresse précédée de http://.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: its certificate is not valid for this address, has expired, or is not signed by an authority this computer trusts. Attend does not connect anyway. (%2)</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : son certificat n’est pas valable pour cette adresse, a expiré, ou n’est pas signé par une autorité à laquelle cet ordinateur fait confiance. Attend ne se connecte pas malgré tout. (%2)</translation>
    </message>
    <message>
        <source>No http:// or https:// was given, so Attend tried %1. %2</source>
        <translation>Aucun http:// ni https:// n’était indiqué, Attend a donc essayé %1. %2</translation>
    </message>
    <message>
        <source>You already follow %1.</source>
        <translation>Vous suivez déjà %1.</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>« %1 » retirée</translation>
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
    <message>
        <source>%1 h %2</source>
        <extracomment>hours and minutes of free time, as &quot;1 h 30&quot;</extracomment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>Alternative to %1</source>
        <translation>Alternative à %1</translation>
    </message>
    <message>
        <source>Clashes with %1</source>
        <translation>En conflit avec %1</translation>
    </message>
    <message>
        <source>Free %1, %2</source>
        <extracomment>free time between two bookmarked sessions: &quot;Free 12:30–14:00, 1 h 30&quot;</extracomment>
        <translation>Libre %1, %2</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>en favori «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>dans les favoris</translation>
    </message>
</context>
<context>
    <name>Attend::FeedFetcher</name>
    <message>
        <source>not a web address: %1</source>
        <translation>pas une adresse web&#xa0;: %1</translation>
    </message>
    <message>
        <source>the feed is larger than %1</source>
        <translation>le flux dépasse %1</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>échec de la connexion sécurisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>pas de réponse de %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1&#xa0;s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>les identifiants ont été refusés</translation>
    </message>
    <message>
        <source>the feed needs credentials</source>
        <translation>le flux demande des identifiants</translation>
    </message>
    <message>
        <source>the connection broke before the whole feed arrived: %1</source>
        <translation>la connexion a été coupée avant la réception complète du flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>the feed arrived incomplete: %1 of %2 bytes</source>
        <translation>le flux est arrivé incomplet&#xa0;: %1 octets sur %2</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation>redirection HTTP %1 sans destination</translation>
    </message>
    <message>
        <source>too many redirects (limit %1)</source>
        <translation>trop de redirections (limite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>refused a redirect from https to insecure http: %1</source>
        <translation>redirection de https vers http non sécurisé refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file</source>
        <translation>impossible de lire %1 : ce n’est pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Attend::FeedProbe</name>
    <message>
        <source>not a web address (http:// or https://) or a file</source>
        <translation>ni une adresse web (http:// ou https://) ni un fichier</translation>
    </message>
    <message>
        <source>This is a web page, not a schedule feed, and it links to no feed Attend recognises. Look on the conference&apos;s site for a link to its schedule as XML, JSON or iCalendar (.ics).</source>
        <translation>Ceci est une page web, pas un flux de programme, et elle ne renvoie à aucun flux qu’Attend reconnaisse. Cherchez sur le site de la conférence un lien vers son programme en XML, JSON ou iCalendar (.ics).</translation>
    </message>
    <message numerus="yes">
        <source>This is a web page, not a schedule feed. It links to %n feed(s): pick one below.</source>
        <translation>
            <numerusform>Ceci est une page web, pas un flux de programme. Elle renvoie à %n flux : choisissez-le ci-dessous.</numerusform>
            <numerusform>Ceci est une page web, pas un flux de programme. Elle renvoie à %n flux : choisissez-en un ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::FeedStatus</name>
    <message>
        <source>Built into Attend</source>
        <translation>Intégré à Attend</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Pas encore téléchargé</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>Téléchargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offline — showing the copy from %1</source>
        <translation>Hors ligne — affichage de la copie de %1</translation>
    </message>
    <message>
        <source>Could not update (%1) — showing the copy from %2</source>
        <translation>Mise à jour impossible (%1) — affichage de la copie de %2</translation>
    </message>
    <message>
        <source>Updated %1 · checked %2</source>
        <translation>Mis à jour %1 · vérifié %2</translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>le serveur demande d’attendre jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>Attend::FeedUpdater</name>
    <message>
        <source>could not keep the downloaded copy: %1</source>
        <translation>impossible de conserver la copie téléchargée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Attend::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>Rappeler dans 5 min</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
</context>
<context>
    <name>Attend::KeychainSecretStore</name>
    <message>
        <source>The keychain is locked or refused access to the password or token of this feed.</source>
        <translation>Le trousseau est verrouillé ou a refusé l’accès au mot de passe ou au jeton de ce flux.</translation>
    </message>
    <message>
        <source>The keychain on this desktop has no default keyring to keep the password or token of this feed in.</source>
        <translation>Le trousseau de ce bureau n’a pas de trousseau par défaut où conserver le mot de passe ou le jeton de ce flux.</translation>
    </message>
    <message>
        <source>The keychain could not read the password or token of this feed: %1</source>
        <translation>Le trousseau n’a pas pu lire le mot de passe ou le jeton de ce flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not save the password or token of this feed: %1</source>
        <translation>Le trousseau n’a pas pu enregistrer le mot de passe ou le jeton de ce flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the password or token of this feed: %1</source>
        <translation>Le trousseau n’a pas pu supprimer le mot de passe ou le jeton de ce flux&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Attend::NowNextModel</name>
    <message>
        <source>The conference starts on %1</source>
        <translation>La conférence commence le %1</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 commence le %2</translation>
    </message>
    <message>
        <source>The conference is over</source>
        <translation>La conférence est terminée</translation>
    </message>
    <message>
        <source>Nothing is on right now.</source>
        <translation>Rien en ce moment.</translation>
    </message>
    <message>
        <source>Nothing is on right now. Next: %1 %2</source>
        <translation>Rien en ce moment. À suivre&#xa0;: %1 %2</translation>
    </message>
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
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>just started · %1 left</source>
        <translation>vient de commencer · reste %1</translation>
    </message>
    <message>
        <source>%1 in · %2 left</source>
        <translation>depuis %1 · reste %2</translation>
    </message>
</context>
<context>
    <name>Attend::PersonalSchedule</name>
    <message>
        <source>Your schedule could not be saved to %1: %2</source>
        <translation>Votre programme n’a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Attend::ScheduleModel</name>
    <message>
        <source>Clashes with %1</source>
        <translation>En conflit avec %1</translation>
    </message>
    <message numerus="yes">
        <source>Free %1 (%n min)</source>
        <translation>
            <numerusform>Libre %1 (%n min)</numerusform>
            <numerusform>Libre %1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alternative to %1</source>
        <translation>Alternative à %1</translation>
    </message>
</context>
<context>
    <name>Attend::SecretStore</name>
    <message>
        <source>No password or token is saved for this feed.</source>
        <translation>Aucun mot de passe ni jeton n’est enregistré pour ce flux.</translation>
    </message>
    <message>
        <source>There is no keychain on this desktop to keep the password or token of this feed in.</source>
        <translation>Ce bureau n’a pas de trousseau où conserver le mot de passe ou le jeton de ce flux.</translation>
    </message>
</context>
<context>
    <name>Attend::SessionDetails</name>
    <message>
        <source>Session page</source>
        <translation>Page de la session</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
</context>
<context>
    <name>Attend::SessionListModel</name>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>On now · just started</source>
        <translation>En cours · vient de commencer</translation>
    </message>
    <message numerus="yes">
        <source>On now · %n min in</source>
        <translation>
            <numerusform>En cours · depuis %n min</numerusform>
            <numerusform>En cours · depuis %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::TimeFormatter</name>
    <message>
        <source>%1 your time</source>
        <translation>%1 chez vous</translation>
    </message>
</context>
<context>
    <name>Attend::TrayController</name>
    <message>
        <source>No bookmarked session ahead</source>
        <translation>Aucune session des favoris à venir</translation>
    </message>
    <message>
        <source>Hide Attend</source>
        <translation>Masquer Attend</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>À suivre&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Attend — next: %1, %2</source>
        <translation>Attend — à suivre&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Show Attend</source>
        <translation>Afficher Attend</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Rejoindre&#xa0;: %1</translation>
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
        <translation>Retour à %1</translation>
    </message>
</context>
<context>
    <name>BannerButtons</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>Remove bookmark: %1</source>
        <translation>Retirer des favoris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Ajouter aux favoris&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bookmarked as maybe</source>
        <translation>En favori «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>Bookmarked as must see</source>
        <translation>En favori «&#xa0;à voir absolument&#xa0;»</translation>
    </message>
    <message>
        <source>Add to my schedule as must see (%1)</source>
        <translation>Ajouter à mon programme comme incontournable (%1)</translation>
    </message>
    <message>
        <source>Maybe — remove from my schedule (%1)</source>
        <translation>Peut-être — retirer de mon programme (%1)</translation>
    </message>
    <message>
        <source>Must see — remove from my schedule (%1)</source>
        <translation>Incontournable — retirer de mon programme (%1)</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelButton</name>
    <message>
        <source>Must see or maybe (Shift+Space)</source>
        <translation>À voir absolument ou peut-être (Shift+Space)</translation>
    </message>
    <message>
        <source>Bookmark level: %1</source>
        <translation>Niveau du favori&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>Pas dans les favoris</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Must see</source>
        <translation>À voir absolument</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelMenu</name>
    <message>
        <source>Must see</source>
        <translation>À voir absolument</translation>
    </message>
    <message>
        <source>Must see: reminded, leads in a clash</source>
        <translation>À voir absolument&#xa0;: avec rappel, prioritaire en cas de conflit</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Maybe: an alternative, not reminded</source>
        <translation>Peut-être&#xa0;: une alternative, sans rappel</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Never show %1 in this conference</source>
        <translation>Ne jamais afficher %1 dans cette conférence</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>none on %1</source>
        <translation>aucune le %1</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>aucune session</translation>
    </message>
    <message>
        <source>Show only %1 (with the others ticked), %2</source>
        <translation>N’afficher que %1 (avec les autres cochés), %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) of %1 to %2</source>
        <translation>
            <numerusform>%n session des favoris de %1 exportée vers %2</numerusform>
            <numerusform>%n sessions des favoris de %1 exportées vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Attend: read a conference&apos;s agenda, in your own time zone.</source>
        <translation>Attend&#xa0;: lire le programme d’une conférence, dans votre propre fuseau horaire.</translation>
    </message>
    <message>
        <source>Open the agenda in &lt;file&gt; instead of the built-in one.</source>
        <translation>Ouvrir le programme contenu dans &lt;file&gt; au lieu du programme intégré.</translation>
    </message>
    <message>
        <source>Print the sessions, one a line, tab-separated, and exit.</source>
        <translation>Afficher les sessions, une par ligne, séparées par des tabulations, puis quitter.</translation>
    </message>
    <message>
        <source>Show times in &lt;zone&gt;: an IANA name such as Europe/Berlin, or &quot;event&quot; for the conference&apos;s own zone. Default: this computer&apos;s zone.</source>
        <translation>Afficher les heures dans &lt;zone&gt;&#xa0;: un nom IANA comme Europe/Berlin, ou «&#xa0;event&#xa0;» pour le fuseau de la conférence. Par défaut&#xa0;: le fuseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Write the bookmarked sessions of the conference to &lt;file&gt; as an iCalendar file, and exit.</source>
        <translation>Écrire les sessions des favoris de la conférence dans &lt;file&gt; au format iCalendar, puis quitter.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray, with reminders armed.</source>
        <translation>Démarrer masqué dans la zone de notification, avec les rappels activés.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown time zone: %1 (use an IANA name such as Europe/Berlin, or &quot;event&quot;)</source>
        <translation>Fuseau horaire inconnu&#xa0;: %1 (utilisez un nom IANA comme Europe/Berlin, ou «&#xa0;event&#xa0;»)</translation>
    </message>
    <message>
        <source>--feed needs a file or a URL</source>
        <translation>--feed attend un fichier ou une URL</translation>
    </message>
    <message>
        <source>could not refresh %1 (%2); showing the copy from %3</source>
        <translation>impossible d’actualiser %1 (%2)&#x202f;; affichage de la copie de %3</translation>
    </message>
    <message>
        <source>could not keep a copy of the feed: %1</source>
        <translation>impossible de conserver une copie du flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>With --list: add a seventh column, where to join each session (its live stream or room; empty when none).</source>
        <translation>Avec --list&#xa0;: ajouter une septième colonne, où rejoindre chaque session (son direct ou sa salle&#xa0;; vide s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>Print the path of the live calendar file (your bookmarks of every followed conference, kept up to date for calendar apps to subscribe to), and exit.</source>
        <translation>Afficher le chemin du fichier de calendrier en direct (vos favoris de toutes les conférences suivies, tenus à jour pour que les applications de calendrier puissent s’y abonner), puis quitter.</translation>
    </message>
    <message>
        <source>attend: the live calendar is turned off in Settings: this file is not kept up to date.</source>
        <translation>attend&#xa0;: le calendrier en direct est désactivé dans les Paramètres&#xa0;: ce fichier n’est pas tenu à jour.</translation>
    </message>
    <message>
        <source>With --list, print only the sessions a search for &lt;text&gt; shows in the window: every word must start a word of the title, speakers, track, room or abstract.</source>
        <translation>Avec --list, n’afficher que les sessions qu’une recherche de &lt;text&gt; montre dans la fenêtre : chaque mot doit commencer un mot du titre, des intervenants, du thème, de la salle ou du résumé.</translation>
    </message>
    <message>
        <source>--search works with --list</source>
        <translation>--search s’utilise avec --list</translation>
    </message>
</context>
<context>
    <name>ConferenceIdentity</name>
    <message>
        <source>the feed now claims to be another conference (%1)</source>
        <translation>le flux prétend maintenant être une autre conférence (%1)</translation>
    </message>
</context>
<context>
    <name>ConferenceMenu</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>About %1…</source>
        <translation>À propos de %1…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Add a conference…</source>
        <translation>Ajouter une conférence…</translation>
    </message>
    <message>
        <source>Remove “%1”…</source>
        <translation>Retirer «&#xa0;%1&#xa0;»…</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <source>Dates: %1</source>
        <translation>Dates&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the conference&apos;s web page</source>
        <translation>Ouvrir le site web de la conférence</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>Set the time zone…</source>
        <translation>Définir le fuseau horaire…</translation>
    </message>
    <message>
        <source>Set the conference&apos;s time zone</source>
        <translation>Définir le fuseau horaire de la conférence</translation>
    </message>
    <message>
        <source>Use the feed&apos;s zone</source>
        <translation>Utiliser le fuseau du flux</translation>
    </message>
    <message>
        <source>Use the time zone the feed gives</source>
        <translation>Utiliser le fuseau horaire indiqué par le flux</translation>
    </message>
    <message>
        <source>Time zone of %1</source>
        <translation>Fuseau horaire de %1</translation>
    </message>
    <message>
        <source>Session times stay as the feed writes them (10:00 stays 10:00), placed in the zone you choose.</source>
        <translation>Les horaires restent tels que le flux les écrit (10:00 reste 10:00), placés dans le fuseau que vous choisissez.</translation>
    </message>
    <message>
        <source>Search zones, e.g. Brussels</source>
        <translation>Chercher un fuseau, p. ex. Brussels</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Chercher des fuseaux horaires</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>No zone matches “%1”.</source>
        <translation>Aucun fuseau ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConferenceSwitcher</name>
    <message>
        <source>Conference: %1, %2. Switch, add or remove conferences</source>
        <translation>Conférence : %1, %2. Changer, ajouter ou retirer des conférences</translation>
    </message>
</context>
<context>
    <name>DayTimelineView</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <source>My schedule as a day timeline</source>
        <translation>Mon programme sous forme de chronologie du jour</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>Star sessions in the Agenda to build your schedule.</source>
        <translation>Mettez une étoile aux sessions du programme pour composer le vôtre.</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Ouvrir le programme</translation>
    </message>
</context>
<context>
    <name>FeedStatusBar</name>
    <message>
        <source>Feed status: %1</source>
        <translation>État du flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry: refresh the agenda from its feed (F5)</source>
        <translation>Réessayer : actualiser le programme depuis son flux (F5)</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <source>Go to the folder above</source>
        <translation>Aller au dossier parent</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>Folders and calendar files</source>
        <translation>Dossiers et fichiers d’agenda</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Dossiers et fichiers</translation>
    </message>
    <message>
        <source>%1/</source>
        <translation>%1/</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>No calendar files (.ics) here</source>
        <translation>Aucun fichier d’agenda (.ics) ici</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>Ce dossier est vide</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier :</translation>
    </message>
    <message>
        <source>name.ics</source>
        <translation>nom.ics</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Fichiers d’agenda (.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Tracks (%1) ▾</source>
        <translation>Thématiques (%1) ▾</translation>
    </message>
    <message>
        <source>Tracks ▾</source>
        <translation>Thématiques ▾</translation>
    </message>
    <message>
        <source>Choose tracks</source>
        <translation>Choisir les thématiques</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Rooms (%1) ▾</source>
        <translation>Salles (%1) ▾</translation>
    </message>
    <message>
        <source>Rooms ▾</source>
        <translation>Salles ▾</translation>
    </message>
    <message>
        <source>Choose rooms</source>
        <translation>Choisir les salles</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Show only bookmarked sessions</source>
        <translation>N’afficher que les sessions des favoris</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
    <message>
        <source>Show the day as a grid of rooms</source>
        <translation>Afficher la journée en grille par salle</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Jump to what is on now</source>
        <translation>Aller à ce qui a lieu maintenant</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions</source>
        <translation>Sessions affichées&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) or room(s) hidden</source>
        <translation>
            <numerusform>%n thématique ou salle masquée</numerusform>
            <numerusform>%n thématiques ou salles masquées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Afficher les masquées</translation>
    </message>
    <message>
        <source>Show the hidden tracks and rooms again</source>
        <translation>Afficher à nouveau les thématiques et salles masquées</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Show all days</source>
        <translation>Afficher tous les jours</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions on %3</source>
        <translation>%1 sessions sur %2 affichées le %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Favoris</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1</source>
        <translation>
            <numerusform>%n session le %1</numerusform>
            <numerusform>%n sessions le %1</numerusform>
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
    <name>HeaderBar</name>
    <message>
        <source>Search sessions (Ctrl+F)</source>
        <translation>Rechercher des sessions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed (F5)</source>
        <translation>Actualiser le programme depuis son flux (F5)</translation>
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
        <translation>Exporter mon programme…</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Importer des favoris…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>À propos d’Attend</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>MainMenuButton</name>
    <message>
        <source>Main menu</source>
        <translation>Menu principal</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <source>Now &amp; Next</source>
        <translation>En cours &amp; à suivre</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Programme (Ctrl+1)</translation>
    </message>
    <message>
        <source>My schedule (Ctrl+2)</source>
        <translation>Mon programme (Ctrl+2)</translation>
    </message>
    <message>
        <source>Now and next (Ctrl+3)</source>
        <translation>En cours et à suivre (Ctrl+3)</translation>
    </message>
    <message>
        <source>Speakers (Ctrl+4)</source>
        <translation>Intervenants (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>En cours &amp; à suivre</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Starting within the hour</source>
        <translation>Commence dans l’heure</translation>
    </message>
    <message>
        <source>Show the first day</source>
        <translation>Afficher le premier jour</translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation>En cours et à suivre</translation>
    </message>
    <message>
        <source>Nothing on now or within the hour.</source>
        <translation>Rien en cours ni dans l’heure.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Ouvrir le programme</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>impossible de rendre le dossier %1 privé</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <source>Started %1 (%n min ago)</source>
        <translation>
            <numerusform>A commencé à %1 (il y a %n min)</numerusform>
            <numerusform>A commencé à %1 (il y a %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting now, %1</source>
        <translation>Commence maintenant, %1</translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 (in %n min)</source>
        <translation>
            <numerusform>Commence à %1 (dans %n min)</numerusform>
            <numerusform>Commence à %1 (dans %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminder: %1</source>
        <translation>Rappel manqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting now: %1</source>
        <translation>Commence maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>Rappeler dans 5 min</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Ignorer le rappel</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Rejoindre %1</translation>
    </message>
</context>
<context>
    <name>RemoveConferenceDialog</name>
    <message>
        <source>Remove “%1”?</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its downloaded agenda is deleted. Your bookmarks in it are kept and come back if you add it again.</source>
        <translation>Son programme téléchargé est supprimé. Vos favoris sont conservés et reviendront si vous ajoutez à nouveau la conférence.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Remind me</source>
        <translation>Me rappeler</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minutes avant une session pour le rappel</translation>
    </message>
    <message>
        <source>min before</source>
        <translation>min avant</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export my schedule to a calendar file</source>
        <translation>Exporter Mon programme dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Importer des favoris…</translation>
    </message>
    <message>
        <source>Import bookmarks from a calendar file</source>
        <translation>Importer des favoris depuis un fichier de calendrier</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <source>No longer in the agenda</source>
        <translation>N’est plus au programme</translation>
    </message>
    <message numerus="yes">
        <source>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.</source>
        <translation>
            <numerusform>Rien ici pour l’instant.
Dans le programme, appuyez sur l’étoile ☆ à côté d’une session (ou sélectionnez-la et appuyez sur Space) pour l’ajouter à Mon programme. Attend vous la rappellera %n minute avant son début.</numerusform>
            <numerusform>Rien ici pour l’instant.
Dans le programme, appuyez sur l’étoile ☆ à côté d’une session (ou sélectionnez-la et appuyez sur Space) pour l’ajouter à Mon programme. Attend vous la rappellera %n minutes avant son début.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source>Mark them all to watch later</source>
        <translation>Les garder toutes pour plus tard</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose which to watch later</source>
        <translation>Choisir celles à regarder plus tard</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Some of your sessions overlap: they are marked below; the one you must see leads, a maybe one is its alternative.</source>
        <translation>Certaines de vos sessions se chevauchent&#xa0;: elles sont signalées ci-dessous&#xa0;; celle à voir absolument est prioritaire, une session «&#xa0;peut-être&#xa0;» est son alternative.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Chronologie du jour</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>All my conferences</source>
        <translation>Toutes mes conférences</translation>
    </message>
    <message>
        <source>Watch later (%1)</source>
        <translation>À regarder plus tard (%1)</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>À regarder plus tard</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>My schedule as a list</source>
        <translation>Mon programme sous forme de liste</translation>
    </message>
    <message>
        <source>On Watch later</source>
        <translation>Dans «&#xa0;À regarder plus tard&#xa0;»</translation>
    </message>
    <message>
        <source>Take off Watch later: %1</source>
        <translation>Retirer de «&#xa0;À regarder plus tard&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Watch later: %1</source>
        <translation>À regarder plus tard&#xa0;: %1</translation>
    </message>
    <message>
        <source>All my conferences…</source>
        <translation>Toutes mes conférences…</translation>
    </message>
    <message>
        <source>Export the bookmarks of all my conferences</source>
        <translation>Exporter les favoris de toutes mes conférences</translation>
    </message>
    <message>
        <source>Only %1…</source>
        <translation>Seulement %1…</translation>
    </message>
    <message>
        <source>Export only the bookmarks of %1</source>
        <translation>Exporter seulement les favoris de %1</translation>
    </message>
    <message>
        <source>Export the bookmarks of this conference</source>
        <translation>Exporter les favoris de cette conférence</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Ouvrir le programme</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>Your schedule (%1) was %2. Attend shows it empty and will not change it; update Attend to use it.</source>
        <translation>Votre programme (%1) a été %2. Attend l’affiche vide et ne le modifiera pas&#xa0;; mettez Attend à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>Your schedule could not be read (%1). It was kept as %2 and Attend started a new one.</source>
        <translation>Votre programme n’a pas pu être lu (%1). Il a été conservé sous %2 et Attend en a commencé un nouveau.</translation>
    </message>
    <message>
        <source>Your schedule (%1) could not be read (%2) nor moved aside; Attend will not change it.</source>
        <translation>Votre programme (%1) n’a pu être ni lu (%2) ni mis de côté&#xa0;; Attend ne le modifiera pas.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Password or token</source>
        <translation>Mot de passe ou jeton</translation>
    </message>
    <message>
        <source>Password or token for this feed</source>
        <translation>Mot de passe ou jeton pour ce flux</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Conserver dans le trousseau</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>about</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>time estimated</source>
        <translation>heure estimée</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>en favori «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>dans les favoris</translation>
    </message>
    <message>
        <source>does not match the search</source>
        <translation>ne correspond pas à la recherche</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Remind me</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Remind me of %1</source>
        <translation>Me rappeler %1</translation>
    </message>
    <message>
        <source>This session is not in the agenda.</source>
        <translation>Cette session ne figure pas au programme.</translation>
    </message>
    <message>
        <source>This session is no longer in the agenda. This is what Attend last knew of it.</source>
        <translation>Cette session ne figure plus au programme. Voici ce qu’Attend en savait en dernier.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Intervenants&#xa0;: %1</translation>
    </message>
    <message>
        <source>No description was published for this session.</source>
        <translation>Aucune description n’a été publiée pour cette session.</translation>
    </message>
    <message>
        <source>Abstract: %1</source>
        <translation>Résumé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation>Ouvrir le lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>When (estimated): %1</source>
        <translation>Quand (estimation)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Lien pour rejoindre</translation>
    </message>
    <message>
        <source>Join %1 (Ctrl+J)</source>
        <translation>Rejoindre %1 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Watch recording</source>
        <translation>Voir l’enregistrement</translation>
    </message>
    <message>
        <source>Watch the recording of %1</source>
        <translation>Voir l’enregistrement de %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Open the chat of %1</source>
        <translation>Ouvrir la discussion de %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me before a session</source>
        <translation>Me rappeler avant une session</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minutes avant une session pour le rappel</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all reminders</source>
        <translation>Suspendre tous les rappels</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Afficher les heures en</translation>
    </message>
    <message>
        <source>My time</source>
        <translation>Mon heure</translation>
    </message>
    <message>
        <source>The event&apos;s time</source>
        <translation>L’heure de l’événement</translation>
    </message>
    <message>
        <source>Show times in: %1</source>
        <translation>Afficher les heures en&#xa0;: %1</translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation>Mon fuseau horaire</translation>
    </message>
    <message>
        <source>This computer&apos;s: %1</source>
        <translation>Celui de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>My time zone, an IANA name such as Europe/Berlin; empty for this computer&apos;s</source>
        <translation>Mon fuseau horaire, un nom IANA comme Europe/Berlin&#x202f;; vide pour celui de cet ordinateur</translation>
    </message>
    <message>
        <source>Unknown time zone. Use a name such as Europe/Berlin or America/Los_Angeles; leave it empty for this computer&apos;s zone.</source>
        <translation>Fuseau horaire inconnu. Utilisez un nom comme Europe/Berlin ou America/Los_Angeles&#x202f;; laissez vide pour le fuseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Démarrer à l’ouverture de session, dans la zone de notification</translation>
    </message>
    <message>
        <source>Start Attend at login, hidden in the tray</source>
        <translation>Démarrer Attend à l’ouverture de session, masqué dans la zone de notification</translation>
    </message>
    <message>
        <source>Agenda feeds</source>
        <translation>Flux des programmes</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Rechercher des mises à jour toutes les</translation>
    </message>
    <message>
        <source>Minutes between checks for agenda updates</source>
        <translation>Minutes entre deux recherches de mises à jour du programme</translation>
    </message>
    <message>
        <source>Also tell me when a session starts</source>
        <translation>Me prévenir aussi quand une session commence</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>For sessions I can join online</source>
        <translation>Pour les sessions que je peux rejoindre en ligne</translation>
    </message>
    <message>
        <source>For every bookmarked session</source>
        <translation>Pour chaque session des favoris</translation>
    </message>
    <message>
        <source>Remind me of maybe sessions too</source>
        <translation>Me rappeler aussi les sessions «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>Remind me of sessions bookmarked as maybe too</source>
        <translation>Me rappeler aussi les sessions en favori «&#xa0;peut-être&#xa0;»</translation>
    </message>
    <message>
        <source>Live calendar</source>
        <translation>Calendrier en direct</translation>
    </message>
    <message>
        <source>Attend keeps a calendar file of your bookmarks in every conference you follow, updated within a second of each change: new bookmarks appear, moved sessions move, cancelled ones are marked cancelled. Subscribe to it once from your calendar app.</source>
        <translation>Attend tient un fichier de calendrier de vos favoris dans toutes les conférences que vous suivez, mis à jour moins d’une seconde après chaque changement&#xa0;: les nouveaux favoris apparaissent, les sessions déplacées se déplacent, celles annulées sont marquées comme annulées. Abonnez-vous-y une fois depuis votre application de calendrier.</translation>
    </message>
    <message>
        <source>Keep the calendar file</source>
        <translation>Tenir le fichier de calendrier</translation>
    </message>
    <message>
        <source>Keep a live calendar file of my bookmarks</source>
        <translation>Tenir un fichier de calendrier en direct de mes favoris</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Calendar file path</source>
        <translation>Chemin du fichier de calendrier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s path</source>
        <translation>Copier le chemin du fichier de calendrier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where the calendar file is kept</source>
        <translation>Choisir où le fichier de calendrier est conservé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Keep the calendar file in its default place</source>
        <translation>Garder le fichier de calendrier à son emplacement par défaut</translation>
    </message>
    <message>
        <source>Alarms in the calendar</source>
        <translation>Alarmes dans le calendrier</translation>
    </message>
    <message>
        <source>Add alarms to must-see sessions in the calendar file, at the reminder time</source>
        <translation>Ajouter des alarmes aux sessions à voir absolument dans le fichier de calendrier, à l’heure du rappel</translation>
    </message>
    <message>
        <source>How to subscribe:
• Evolution: File → New → Calendar, type “On the web”, URL file://%1 — it re-reads the file on its refresh interval.
• Thunderbird: Calendar → New Calendar → On the Network, format iCalendar (ICS), location file://%1, and set “Refresh calendar” to every minute.
• KOrganizer: Settings → Configure KOrganizer → Calendars → Add → “ICal Calendar File”, the path above, read-only; it follows the file as it changes.
• GNOME Calendar: it subscribes only to web addresses (https://, webcal://), not to a file: add the file to Evolution instead — GNOME Calendar shows Evolution&apos;s calendars.</source>
        <translation>Comment s’abonner&#xa0;:
• Evolution&#xa0;: Fichier → Nouveau → Calendrier, type «&#xa0;Sur le web&#xa0;», URL file://%1 — il relit le fichier à son intervalle d’actualisation.
• Thunderbird&#xa0;: Agenda → Nouvel agenda → Sur le réseau, format iCalendar (ICS), emplacement file://%1, et réglez «&#xa0;Actualiser l’agenda&#xa0;» sur toutes les minutes.
• KOrganizer&#xa0;: Configuration → Configurer KOrganizer → Agendas → Ajouter → «&#xa0;Fichier d’agenda iCal&#xa0;», le chemin ci-dessus, en lecture seule&#xa0;; il suit le fichier à chaque changement.
• Agenda GNOME&#xa0;: il ne s’abonne qu’à des adresses web (https://, webcal://), pas à un fichier&#xa0;: ajoutez plutôt le fichier à Evolution — Agenda GNOME affiche les agendas d’Evolution.</translation>
    </message>
    <message>
        <source>Keep the calendar file at</source>
        <translation>Tenir le fichier de calendrier à</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Search the agenda</source>
        <translation>Rechercher dans le programme</translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation>Parcourir une liste</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Afficher ces raccourcis</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Fermer les raccourcis</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed</source>
        <translation>Actualiser le programme depuis son flux</translation>
    </message>
    <message>
        <source>Join the session on screen (its live stream or room)</source>
        <translation>Rejoindre la session affichée (son direct ou sa salle)</translation>
    </message>
    <message>
        <source>Bookmark the selected session as maybe, or switch must see ⇄ maybe</source>
        <translation>Mettre la session sélectionnée en favori «&#xa0;peut-être&#xa0;», ou basculer à voir absolument ⇄ peut-être</translation>
    </message>
    <message>
        <source>On a session page: must see ⇄ maybe</source>
        <translation>Sur la page d’une session&#xa0;: à voir absolument ⇄ peut-être</translation>
    </message>
    <message>
        <source>Move between controls; each page starts on its list</source>
        <translation>Passer d’un contrôle à l’autre ; chaque page commence sur sa liste</translation>
    </message>
    <message>
        <source>In a list: open the highlighted session. On a button: press it</source>
        <translation>Dans une liste : ouvrir la session en surbrillance. Sur un bouton : l’actionner</translation>
    </message>
    <message>
        <source>In a list: bookmark the highlighted session, or remove its bookmark. On a button: press it</source>
        <translation>Dans une liste : mettre la session en surbrillance en favori, ou retirer son favori. Sur un bouton : l’actionner</translation>
    </message>
    <message>
        <source>On a session&apos;s page: bookmark it, or remove its bookmark</source>
        <translation>Sur la page d’une session : la mettre en favori, ou retirer son favori</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Agenda, My schedule, Now &amp; Next, Speakers</source>
        <translation>Programme, Mon programme, En cours &amp; à suivre, Intervenants</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clear the search, else go back to the page named on the back button</source>
        <translation>Effacer la recherche, sinon revenir à la page nommée sur le bouton de retour</translation>
    </message>
    <message>
        <source>Undo a removal while its notice shows</source>
        <translation>Annuler un retrait tant que son avis est affiché</translation>
    </message>
    <message>
        <source>Add a conference</source>
        <translation>Ajouter une conférence</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Search speakers</source>
        <translation>Rechercher des intervenants</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No speaker matches “%1”.</source>
        <translation>Aucun intervenant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This agenda names no speakers.</source>
        <translation>Ce programme n’indique aucun intervenant.</translation>
    </message>
    <message>
        <source>Choose a speaker to see their sessions.</source>
        <translation>Choisissez un intervenant pour voir ses sessions.</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions de %1</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Grille horaire</translation>
    </message>
    <message>
        <source>No sessions on this day with these filters.</source>
        <translation>Aucune session ce jour-là avec ces filtres.</translation>
    </message>
    <message>
        <source>Timetable, %1</source>
        <translation>Grille horaire, %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
</context>
<context>
    <name>WatchLaterView</name>
    <message>
        <source>Watch later</source>
        <translation>À regarder plus tard</translation>
    </message>
    <message>
        <source>recording available</source>
        <translation>enregistrement disponible</translation>
    </message>
    <message>
        <source>no recording yet</source>
        <translation>pas encore d’enregistrement</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>Watched: %1</source>
        <translation>Vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Ouvrir l’enregistrement</translation>
    </message>
    <message>
        <source>No recording yet</source>
        <translation>Pas encore d’enregistrement</translation>
    </message>
    <message>
        <source>Open recording: %1</source>
        <translation>Ouvrir l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recording yet: %1</source>
        <translation>Pas encore d’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take off the Watch later list</source>
        <translation>Retirer de la liste «&#xa0;À regarder plus tard&#xa0;»</translation>
    </message>
    <message>
        <source>Take off the Watch later list: %1</source>
        <translation>Retirer de la liste «&#xa0;À regarder plus tard&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to watch later.
After a bookmarked session has ended, press “Watch later” beside it in My schedule to keep it here with its recording.</source>
        <translation>Rien à regarder plus tard.
Quand une session des favoris est terminée, appuyez sur «&#xa0;À regarder plus tard&#xa0;» à côté d’elle dans Mon programme pour la garder ici avec son enregistrement.</translation>
    </message>
</context>
<context>
    <name>ZoneSwitch</name>
    <message>
        <source>My time</source>
        <translation>Mon heure</translation>
    </message>
    <message>
        <source>Show times in my time zone, %1</source>
        <translation>Afficher les heures dans mon fuseau horaire, %1</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Heure de l’événement</translation>
    </message>
    <message>
        <source>Show times in the event&apos;s time zone, %1</source>
        <translation>Afficher les heures dans le fuseau horaire de l’événement, %1</translation>
    </message>
</context>
</TS>
