<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutPage</name>
    <message>
        <source>Attend %1</source>
        <translation>Attend %1</translation>
    </message>
    <message>
        <source>A desktop companion for conference attendees: the agenda in your time zone, your own schedule kept on your machine, and reminders that never misfire.</source>
        <translation>Un compañero de escritorio para quienes asisten a conferencias: el programa en tu zona horaria, tu propia agenda guardada en tu equipo y recordatorios que nunca fallan.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Built with %1.</source>
        <translation>Creado con %1.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>Acerca de Attend</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Leer la licencia</translation>
    </message>
    <message>
        <source>Read the GNU General Public License, version 3</source>
        <translation>Leer la Licencia Pública General de GNU, versión 3</translation>
    </message>
</context>
<context>
    <name>AddConferenceDialog</name>
    <message>
        <source>Add a conference</source>
        <translation>Añadir una conferencia</translation>
    </message>
    <message>
        <source>Paste the address of the conference&apos;s schedule feed: Pentabarf/frab XML, frab JSON or iCalendar, as pretalx, frab, Indico or Sched publish it.</source>
        <translation>Pega la dirección del feed del programa de la conferencia: Pentabarf/frab XML, frab JSON o iCalendar, tal como lo publican pretalx, frab, Indico o Sched.</translation>
    </message>
    <message>
        <source>https://example.org/schedule.xml</source>
        <translation>https://example.org/schedule.xml</translation>
    </message>
    <message>
        <source>Feed address</source>
        <translation>Dirección del feed</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Public feed</source>
        <translation>Feed público</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Usuario y contraseña</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>How the feed is accessed</source>
        <translation>Cómo se accede al feed</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Kept in your desktop&apos;s keychain, and sent only to this feed&apos;s own server.</source>
        <translation>Se guarda en el llavero de tu escritorio y solo se envía al servidor de este feed.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Downloading the feed</source>
        <translation>Descargando el feed</translation>
    </message>
    <message>
        <source>Use it for this run only</source>
        <translation>Usarlo solo hasta cerrar Attend</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use the new address</source>
        <translation>Usar la nueva dirección</translation>
    </message>
    <message>
        <source>Add separately</source>
        <translation>Añadir por separado</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirla</translation>
    </message>
    <message>
        <source>Open the conference you already follow</source>
        <translation>Abrir la conferencia que ya sigue</translation>
    </message>
    <message>
        <source>Check the feed %1</source>
        <translation>Comprobar el feed %1</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>Ninguna sesión coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) · times in %2</source>
        <translation>
            <numerusform>%1 de %n sesión · zona horaria: %2</numerusform>
            <numerusform>%1 de %n sesiones · zona horaria: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the feed: %1</source>
        <translation>No se pudo abrir el feed: %1</translation>
    </message>
    <message>
        <source>No session passes these filters.</source>
        <translation>Ninguna sesión cumple estos filtros.</translation>
    </message>
    <message>
        <source>Every session shown here has ended: nothing is on now or later on this day.</source>
        <translation>Todas las sesiones mostradas aquí han terminado: no hay nada ahora ni más tarde en este día.</translation>
    </message>
    <message>
        <source>%1 is over: every session has ended.</source>
        <translation>%1 ha terminado: todas las sesiones han acabado.</translation>
    </message>
    <message>
        <source>No session is shown, so there is nothing to jump to.</source>
        <translation>No se muestra ninguna sesión, así que no hay adónde saltar.</translation>
    </message>
    <message numerus="yes">
        <source>%n more on %1</source>
        <translation>
            <numerusform>%n más el %1</numerusform>
            <numerusform>%n más el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hidden by the day or filters</source>
        <translation>
            <numerusform>%n más oculta por el día o los filtros</numerusform>
            <numerusform>%n más ocultas por el día o los filtros</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the sessions the search found</source>
        <translation>Mostrar las sesiones que encontró la búsqueda</translation>
    </message>
    <message>
        <source>Nothing shown here matches “%1”, but the search found sessions elsewhere: see Show above.</source>
        <translation>Nada de lo mostrado aquí coincide con «%1», pero la búsqueda encontró sesiones en otro lugar: vea Mostrar arriba.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
</context>
<context>
    <name>AllConferencesView</name>
    <message>
        <source>All my conferences</source>
        <translation>Todas mis conferencias</translation>
    </message>
    <message>
        <source>%1 — no longer followed</source>
        <translation>%1 — ya no la sigues</translation>
    </message>
    <message>
        <source>Add back</source>
        <translation>Volver a añadir</translation>
    </message>
    <message>
        <source>Add back %1</source>
        <translation>Volver a añadir %1</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the bookmarks of %1</source>
        <translation>Olvidar los marcadores de %1</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>con marcador «quizá»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>No upcoming bookmarks in any conference you follow.</source>
        <translation>No hay marcadores próximos en ninguna de las conferencias que sigues.</translation>
    </message>
</context>
<context>
    <name>Attend::Agenda</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The feed names no time zone; its times carry the offset %1.</source>
        <translation>El feed no indica zona horaria; sus horas llevan el desfase %1.</translation>
    </message>
    <message>
        <source>The feed names no time zone: guessed %1 from the venue&apos;s city, %2.</source>
        <translation>El feed no indica zona horaria: se ha supuesto %1 a partir de la ciudad de la sede, %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n sesión con marcador a %1.</numerusform>
            <numerusform>Se exportaron %n sesiones con marcador a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new bookmark(s) from %1 (already in My schedule: %2).</source>
        <translation>
            <numerusform>Se importó %n marcador nuevo de %1 (ya en Mi agenda: %2).</numerusform>
            <numerusform>Se importaron %n marcadores nuevos de %1 (ya en Mi agenda: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todas las temáticas</translation>
    </message>
    <message>
        <source>The feed names no time zone: event time is shown as UTC. Times it writes without an offset are read as UTC and may be off.</source>
        <translation>La fuente no indica zona horaria: la hora del evento se muestra en UTC. Las horas escritas sin desfase se leen como UTC y pueden no ser exactas.</translation>
    </message>
    <message>
        <source>not a readable file of at most 100 MB</source>
        <translation>no es un archivo legible de 100 MB como máximo</translation>
    </message>
    <message numerus="yes">
        <source>You had %n session(s) yesterday — mark any to watch later?</source>
        <translation>
            <numerusform>Ayer tenías %n sesión: ¿la guardas para ver más tarde?</numerusform>
            <numerusform>Ayer tenías %n sesiones: ¿guardas alguna para ver más tarde?</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import: no file was chosen.</source>
        <translation>No se pudo importar: no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Could not export: no file was chosen.</source>
        <translation>No se pudo exportar: no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>my-schedule</source>
        <translation>mi-agenda</translation>
    </message>
    <message>
        <source>Removed “%1” from your schedule</source>
        <translation>«%1» quitada de tu agenda</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n bookmark(s) of “%1”</source>
        <translation>
            <numerusform>Olvidado %n marcador de «%1»</numerusform>
            <numerusform>Olvidados %n marcadores de «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::AppShell</name>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>No se pudo cambiar el arranque al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Attend is still running</source>
        <translation>Attend sigue en ejecución</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you of your sessions. Choose Quit in its menu to close it.</source>
        <translation>Se queda en el área de notificación para recordarte tus sesiones. Elige «Salir» en su menú para cerrarlo.</translation>
    </message>
    <message>
        <source>The calendar file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de calendario: %1</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeNote</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Movida de %1 a %2</translation>
    </message>
    <message>
        <source>Room changed from %1 to %2</source>
        <translation>Cambio de sala: de %1 a %2</translation>
    </message>
</context>
<context>
    <name>Attend::ChangeText</name>
    <message>
        <source>“%1”</source>
        <comment>a session&apos;s title, quoted as the language does</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 pasa de %2 a %3</translation>
    </message>
    <message>
        <source>%1 moved from room %2 to %3</source>
        <translation>%1 pasa de la sala %2 a la %3</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1 se ha cancelado</translation>
    </message>
    <message>
        <source>%1 is no longer in the agenda</source>
        <translation>%1 ya no está en el programa</translation>
    </message>
    <message>
        <source>%1 now clashes with %2</source>
        <translation>%1 ahora se solapa con %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your sessions changed</source>
        <translation>
            <numerusform>%1: ha cambiado %n de tus sesiones</numerusform>
            <numerusform>%1: han cambiado %n de tus sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::ConferenceListModel</name>
    <message>
        <source>Built in</source>
        <translation>Integrado</translation>
    </message>
</context>
<context>
    <name>Attend::Conferences</name>
    <message>
        <source>Could not read the list of conferences (%1): %2. It is left as it is.</source>
        <translation>No se pudo leer la lista de conferencias (%1): %2. Se deja tal como está.</translation>
    </message>
    <message>
        <source>Kept for this run only: %1</source>
        <translation>Guardado solo hasta cerrar Attend: %1</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Eso no es una dirección web.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Could not keep a copy of the feed: %1</source>
        <translation>No se pudo guardar una copia del feed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the list of conferences: %1</source>
        <translation>No se pudo guardar la lista de conferencias: %1</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>una conferencia</translation>
    </message>
    <message>
        <source>This looks like %1, which you follow from %2: use the new address for it, or add it separately?</source>
        <translation>Parece %1, que sigue desde %2: ¿usar la nueva dirección para ella o añadirla por separado?</translation>
    </message>
    <message>
        <source>This looks like %1, which you have bookmarks of from %2: use the new address for them, or add it separately?</source>
        <translation>Parece %1, de la que tiene marcadores desde %2: ¿usar la nueva dirección para ellos o añadirla por separado?</translation>
    </message>
    <message>
        <source>%1 did not answer a secure (https) connection. It may serve only plain http: if you trust it, type the address with http:// in front.</source>
        <translation>%1 no respondió a una conexión segura (https). Puede que solo sirva http simple: si confía en él, escriba la dirección con http:// delante.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: its certificate is not valid for this address, has expired, or is not signed by an authority this computer trusts. Attend does not connect anyway. (%2)</source>
        <translation>No se pudo establecer una conexión segura con %1: su certificado no es válido para esta dirección, ha caducado o no lo firma una autoridad en la que confíe este ordenador. Attend no se conecta de todos modos. (%2)</translation>
    </message>
    <message>
        <source>No http:// or https:// was given, so Attend tried %1. %2</source>
        <translation>No se indicó http:// ni https://, así que Attend probó %1. %2</translation>
    </message>
    <message>
        <source>You already follow %1.</source>
        <translation>Ya sigue %1.</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>«%1» quitada</translation>
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
        <translation>Alternativa a %1</translation>
    </message>
    <message>
        <source>Clashes with %1</source>
        <translation>Se solapa con %1</translation>
    </message>
    <message>
        <source>Free %1, %2</source>
        <extracomment>free time between two bookmarked sessions: &quot;Free 12:30–14:00, 1 h 30&quot;</extracomment>
        <translation>Libre %1, %2</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>con marcador «quizá»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
</context>
<context>
    <name>Attend::FeedFetcher</name>
    <message>
        <source>not a web address: %1</source>
        <translation>no es una dirección web: %1</translation>
    </message>
    <message>
        <source>the feed is larger than %1</source>
        <translation>el feed ocupa más de %1</translation>
    </message>
    <message>
        <source>secure connection failed: %1</source>
        <translation>falló la conexión segura: %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>no se encontró el servidor: %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>%1 rechazó la conexión</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>sin respuesta de %1</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering</source>
        <translation>%1 cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>error de red: %1</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>sin respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the credentials were refused</source>
        <translation>se rechazaron las credenciales</translation>
    </message>
    <message>
        <source>the feed needs credentials</source>
        <translation>el feed requiere credenciales</translation>
    </message>
    <message>
        <source>the connection broke before the whole feed arrived: %1</source>
        <translation>la conexión se cortó antes de recibir todo el feed: %1</translation>
    </message>
    <message>
        <source>the feed arrived incomplete: %1 of %2 bytes</source>
        <translation>el feed llegó incompleto: %1 de %2 bytes</translation>
    </message>
    <message>
        <source>HTTP %1 redirect without a target</source>
        <translation>redirección HTTP %1 sin destino</translation>
    </message>
    <message>
        <source>too many redirects (limit %1)</source>
        <translation>demasiadas redirecciones (límite %1)</translation>
    </message>
    <message>
        <source>refused a redirect from https to insecure http: %1</source>
        <translation>se rechazó una redirección de https a http inseguro: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is not a regular file</source>
        <translation>no se puede leer %1: no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>Attend::FeedProbe</name>
    <message>
        <source>not a web address (http:// or https://) or a file</source>
        <translation>no es una dirección web (http:// o https://) ni un archivo</translation>
    </message>
    <message>
        <source>This is a web page, not a schedule feed, and it links to no feed Attend recognises. Look on the conference&apos;s site for a link to its schedule as XML, JSON or iCalendar (.ics).</source>
        <translation>Esto es una página web, no un feed de programa, y no enlaza a ningún feed que Attend reconozca. Busque en el sitio de la conferencia un enlace a su programa en XML, JSON o iCalendar (.ics).</translation>
    </message>
    <message numerus="yes">
        <source>This is a web page, not a schedule feed. It links to %n feed(s): pick one below.</source>
        <translation>
            <numerusform>Esto es una página web, no un feed de programa. Enlaza a %n feed: elíjalo abajo.</numerusform>
            <numerusform>Esto es una página web, no un feed de programa. Enlaza a %n feeds: elija uno abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::FeedStatus</name>
    <message>
        <source>Built into Attend</source>
        <translation>Integrado en Attend</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Aún no descargado</translation>
    </message>
    <message>
        <source>Could not download: %1</source>
        <translation>No se pudo descargar: %1</translation>
    </message>
    <message>
        <source>Offline — showing the copy from %1</source>
        <translation>Sin conexión — se muestra la copia de %1</translation>
    </message>
    <message>
        <source>Could not update (%1) — showing the copy from %2</source>
        <translation>No se pudo actualizar (%1) — se muestra la copia de %2</translation>
    </message>
    <message>
        <source>Updated %1 · checked %2</source>
        <translation>Actualizado %1 · comprobado %2</translation>
    </message>
    <message>
        <source>the server asked to wait until %1</source>
        <translation>el servidor pidió esperar hasta %1</translation>
    </message>
</context>
<context>
    <name>Attend::FeedUpdater</name>
    <message>
        <source>could not keep the downloaded copy: %1</source>
        <translation>no se pudo guardar la copia descargada: %1</translation>
    </message>
</context>
<context>
    <name>Attend::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>Recordar en 5 min</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>Attend::KeychainSecretStore</name>
    <message>
        <source>The keychain is locked or refused access to the password or token of this feed.</source>
        <translation>El llavero está bloqueado o denegó el acceso a la contraseña o el token de este feed.</translation>
    </message>
    <message>
        <source>The keychain on this desktop has no default keyring to keep the password or token of this feed in.</source>
        <translation>El llavero de este escritorio no tiene un depósito predeterminado donde guardar la contraseña o el token de este feed.</translation>
    </message>
    <message>
        <source>The keychain could not read the password or token of this feed: %1</source>
        <translation>El llavero no pudo leer la contraseña o el token de este feed: %1</translation>
    </message>
    <message>
        <source>The keychain could not save the password or token of this feed: %1</source>
        <translation>El llavero no pudo guardar la contraseña o el token de este feed: %1</translation>
    </message>
    <message>
        <source>The keychain could not remove the password or token of this feed: %1</source>
        <translation>El llavero no pudo eliminar la contraseña o el token de este feed: %1</translation>
    </message>
</context>
<context>
    <name>Attend::NowNextModel</name>
    <message>
        <source>The conference starts on %1</source>
        <translation>La conferencia empieza el %1</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 empieza el %2</translation>
    </message>
    <message>
        <source>The conference is over</source>
        <translation>La conferencia ha terminado</translation>
    </message>
    <message>
        <source>Nothing is on right now.</source>
        <translation>Ahora mismo no hay nada.</translation>
    </message>
    <message>
        <source>Nothing is on right now. Next: %1 %2</source>
        <translation>Ahora mismo no hay nada. Próxima: %1 %2</translation>
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
        <translation>en %1</translation>
    </message>
    <message>
        <source>just started · %1 left</source>
        <translation>acaba de empezar · quedan %1</translation>
    </message>
    <message>
        <source>%1 in · %2 left</source>
        <translation>lleva %1 · quedan %2</translation>
    </message>
</context>
<context>
    <name>Attend::PersonalSchedule</name>
    <message>
        <source>Your schedule could not be saved to %1: %2</source>
        <translation>No se pudo guardar tu agenda en %1: %2</translation>
    </message>
</context>
<context>
    <name>Attend::ScheduleModel</name>
    <message>
        <source>Clashes with %1</source>
        <translation>Se solapa con %1</translation>
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
        <translation>Alternativa a %1</translation>
    </message>
</context>
<context>
    <name>Attend::SecretStore</name>
    <message>
        <source>No password or token is saved for this feed.</source>
        <translation>No hay ninguna contraseña ni token guardados para este feed.</translation>
    </message>
    <message>
        <source>There is no keychain on this desktop to keep the password or token of this feed in.</source>
        <translation>No hay ningún llavero en este escritorio donde guardar la contraseña o el token de este feed.</translation>
    </message>
</context>
<context>
    <name>Attend::SessionDetails</name>
    <message>
        <source>Session page</source>
        <translation>Página de la sesión</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
</context>
<context>
    <name>Attend::SessionListModel</name>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message>
        <source>On now · just started</source>
        <translation>En curso · acaba de empezar</translation>
    </message>
    <message numerus="yes">
        <source>On now · %n min in</source>
        <translation>
            <numerusform>En curso · desde hace %n min</numerusform>
            <numerusform>En curso · desde hace %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attend::TimeFormatter</name>
    <message>
        <source>%1 your time</source>
        <translation>%1 tu hora</translation>
    </message>
</context>
<context>
    <name>Attend::TrayController</name>
    <message>
        <source>No bookmarked session ahead</source>
        <translation>No hay próximas sesiones con marcador</translation>
    </message>
    <message>
        <source>Hide Attend</source>
        <translation>Ocultar Attend</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>Attend</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Próxima: %1 (%2)</translation>
    </message>
    <message>
        <source>Attend — next: %1, %2</source>
        <translation>Attend — próxima: %1, %2</translation>
    </message>
    <message>
        <source>Show Attend</source>
        <translation>Mostrar Attend</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Unirse: %1</translation>
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
        <translation>Volver a %1</translation>
    </message>
</context>
<context>
    <name>BannerButtons</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <source>Remove bookmark: %1</source>
        <translation>Quitar marcador: %1</translation>
    </message>
    <message>
        <source>Bookmark: %1</source>
        <translation>Añadir marcador: %1</translation>
    </message>
    <message>
        <source>Bookmarked as maybe</source>
        <translation>Con marcador «quizá»</translation>
    </message>
    <message>
        <source>Bookmarked as must see</source>
        <translation>Con marcador «imprescindible»</translation>
    </message>
    <message>
        <source>Add to my schedule as must see (%1)</source>
        <translation>Añadir a mi agenda como imprescindible (%1)</translation>
    </message>
    <message>
        <source>Maybe — remove from my schedule (%1)</source>
        <translation>Quizás — quitar de mi agenda (%1)</translation>
    </message>
    <message>
        <source>Must see — remove from my schedule (%1)</source>
        <translation>Imprescindible — quitar de mi agenda (%1)</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelButton</name>
    <message>
        <source>Must see or maybe (Shift+Space)</source>
        <translation>Imprescindible o quizá (Shift+Space)</translation>
    </message>
    <message>
        <source>Bookmark level: %1</source>
        <translation>Nivel del marcador: %1</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>Sin marcador</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Must see</source>
        <translation>Imprescindible</translation>
    </message>
</context>
<context>
    <name>BookmarkLevelMenu</name>
    <message>
        <source>Must see</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Must see: reminded, leads in a clash</source>
        <translation>Imprescindible: con recordatorio, tiene prioridad si se solapa</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Maybe: an alternative, not reminded</source>
        <translation>Quizá: una alternativa, sin recordatorio</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Never show %1 in this conference</source>
        <translation>No mostrar nunca %1 en esta conferencia</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>none on %1</source>
        <translation>ninguna el %1</translation>
    </message>
    <message>
        <source>no sessions</source>
        <translation>ninguna sesión</translation>
    </message>
    <message>
        <source>Show only %1 (with the others ticked), %2</source>
        <translation>Mostrar solo %1 (con los demás marcados), %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Exported %n bookmarked session(s) of %1 to %2</source>
        <translation>
            <numerusform>Se exportó %n sesión con marcador de %1 a %2</numerusform>
            <numerusform>Se exportaron %n sesiones con marcador de %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Attend: read a conference&apos;s agenda, in your own time zone.</source>
        <translation>Attend: consulta el programa de una conferencia en tu propia zona horaria.</translation>
    </message>
    <message>
        <source>Open the agenda in &lt;file&gt; instead of the built-in one.</source>
        <translation>Abrir el programa de &lt;file&gt; en lugar del integrado.</translation>
    </message>
    <message>
        <source>Print the sessions, one a line, tab-separated, and exit.</source>
        <translation>Mostrar las sesiones, una por línea, separadas por tabuladores, y salir.</translation>
    </message>
    <message>
        <source>Show times in &lt;zone&gt;: an IANA name such as Europe/Berlin, or &quot;event&quot; for the conference&apos;s own zone. Default: this computer&apos;s zone.</source>
        <translation>Mostrar las horas en &lt;zone&gt;: un nombre IANA como Europe/Berlin, o «event» para la zona de la conferencia. Por defecto: la zona de este equipo.</translation>
    </message>
    <message>
        <source>Write the bookmarked sessions of the conference to &lt;file&gt; as an iCalendar file, and exit.</source>
        <translation>Escribir las sesiones con marcador de la conferencia en &lt;file&gt; como archivo iCalendar, y salir.</translation>
    </message>
    <message>
        <source>Start hidden in the system tray, with reminders armed.</source>
        <translation>Arrancar oculto en el área de notificación, con los recordatorios activados.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown time zone: %1 (use an IANA name such as Europe/Berlin, or &quot;event&quot;)</source>
        <translation>Zona horaria desconocida: %1 (usa un nombre IANA como Europe/Berlin, o «event»)</translation>
    </message>
    <message>
        <source>--feed needs a file or a URL</source>
        <translation>--feed necesita un archivo o una URL</translation>
    </message>
    <message>
        <source>could not refresh %1 (%2); showing the copy from %3</source>
        <translation>no se pudo actualizar %1 (%2); se muestra la copia de %3</translation>
    </message>
    <message>
        <source>could not keep a copy of the feed: %1</source>
        <translation>no se pudo guardar una copia del feed: %1</translation>
    </message>
    <message>
        <source>With --list: add a seventh column, where to join each session (its live stream or room; empty when none).</source>
        <translation>Con --list: añadir una séptima columna con dónde unirse a cada sesión (su emisión en directo o su sala; vacía si no hay).</translation>
    </message>
    <message>
        <source>Print the path of the live calendar file (your bookmarks of every followed conference, kept up to date for calendar apps to subscribe to), and exit.</source>
        <translation>Mostrar la ruta del archivo de calendario en directo (tus marcadores de todas las conferencias que sigues, siempre actualizados para que las aplicaciones de calendario se suscriban a él), y salir.</translation>
    </message>
    <message>
        <source>attend: the live calendar is turned off in Settings: this file is not kept up to date.</source>
        <translation>attend: el calendario en directo está desactivado en Ajustes: este archivo no se mantiene actualizado.</translation>
    </message>
    <message>
        <source>With --list, print only the sessions a search for &lt;text&gt; shows in the window: every word must start a word of the title, speakers, track, room or abstract.</source>
        <translation>Con --list, mostrar solo las sesiones que una búsqueda de &lt;text&gt; muestra en la ventana: cada palabra debe empezar una palabra del título, ponentes, tema, sala o resumen.</translation>
    </message>
    <message>
        <source>--search works with --list</source>
        <translation>--search funciona con --list</translation>
    </message>
</context>
<context>
    <name>ConferenceIdentity</name>
    <message>
        <source>the feed now claims to be another conference (%1)</source>
        <translation>el feed ahora dice ser otra conferencia (%1)</translation>
    </message>
</context>
<context>
    <name>ConferenceMenu</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>About %1…</source>
        <translation>Acerca de %1…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Add a conference…</source>
        <translation>Añadir una conferencia…</translation>
    </message>
    <message>
        <source>Remove “%1”…</source>
        <translation>Quitar «%1»…</translation>
    </message>
</context>
<context>
    <name>ConferencePage</name>
    <message>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Open the conference&apos;s web page</source>
        <translation>Abrir la página web de la conferencia</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>Set the time zone…</source>
        <translation>Establecer la zona horaria…</translation>
    </message>
    <message>
        <source>Set the conference&apos;s time zone</source>
        <translation>Establecer la zona horaria de la conferencia</translation>
    </message>
    <message>
        <source>Use the feed&apos;s zone</source>
        <translation>Usar la zona del feed</translation>
    </message>
    <message>
        <source>Use the time zone the feed gives</source>
        <translation>Usar la zona horaria que indica el feed</translation>
    </message>
    <message>
        <source>Time zone of %1</source>
        <translation>Zona horaria de %1</translation>
    </message>
    <message>
        <source>Session times stay as the feed writes them (10:00 stays 10:00), placed in the zone you choose.</source>
        <translation>Las horas quedan como las escribe el feed (las 10:00 siguen siendo las 10:00), en la zona que elija.</translation>
    </message>
    <message>
        <source>Search zones, e.g. Brussels</source>
        <translation>Buscar zonas, p. ej. Brussels</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Buscar zonas horarias</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <source>No zone matches “%1”.</source>
        <translation>Ninguna zona coincide con «%1».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConferenceSwitcher</name>
    <message>
        <source>Conference: %1, %2. Switch, add or remove conferences</source>
        <translation>Conferencia: %1, %2. Cambiar, añadir o quitar conferencias</translation>
    </message>
</context>
<context>
    <name>DayTimelineView</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>My schedule as a day timeline</source>
        <translation>Mi agenda como cronología del día</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Quizá</translation>
    </message>
    <message>
        <source>Star sessions in the Agenda to build your schedule.</source>
        <translation>Marca sesiones con una estrella en el programa para armar tu agenda.</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Abrir el programa</translation>
    </message>
</context>
<context>
    <name>FeedStatusBar</name>
    <message>
        <source>Feed status: %1</source>
        <translation>Estado del feed: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry: refresh the agenda from its feed (F5)</source>
        <translation>Reintentar: actualizar el programa desde su feed (F5)</translation>
    </message>
</context>
<context>
    <name>FileChooserDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Go to the folder above</source>
        <translation>Ir a la carpeta superior</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Folders and calendar files</source>
        <translation>Carpetas y archivos de calendario</translation>
    </message>
    <message>
        <source>Folders and files</source>
        <translation>Carpetas y archivos</translation>
    </message>
    <message>
        <source>%1/</source>
        <translation>%1/</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Carpeta %1</translation>
    </message>
    <message>
        <source>No calendar files (.ics) here</source>
        <translation>No hay archivos de calendario (.ics) aquí</translation>
    </message>
    <message>
        <source>This folder is empty</source>
        <translation>Esta carpeta está vacía</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <source>name.ics</source>
        <translation>nombre.ics</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Calendar files (.ics)</source>
        <translation>Archivos de calendario (.ics)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Tracks (%1) ▾</source>
        <translation>Temáticas (%1) ▾</translation>
    </message>
    <message>
        <source>Tracks ▾</source>
        <translation>Temáticas ▾</translation>
    </message>
    <message>
        <source>Choose tracks</source>
        <translation>Elegir temáticas</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Temáticas</translation>
    </message>
    <message>
        <source>Rooms (%1) ▾</source>
        <translation>Salas (%1) ▾</translation>
    </message>
    <message>
        <source>Rooms ▾</source>
        <translation>Salas ▾</translation>
    </message>
    <message>
        <source>Choose rooms</source>
        <translation>Elegir salas</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Show only bookmarked sessions</source>
        <translation>Mostrar solo las sesiones con marcador</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Mostrar la lista</translation>
    </message>
    <message>
        <source>Show the day as a grid of rooms</source>
        <translation>Mostrar el día como cuadrícula de salas</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Jump to what is on now</source>
        <translation>Ir a lo que está en curso</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions</source>
        <translation>Se muestran %1 de %2 sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) or room(s) hidden</source>
        <translation>
            <numerusform>%n temática o sala oculta</numerusform>
            <numerusform>%n temáticas o salas ocultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Mostrar ocultas</translation>
    </message>
    <message>
        <source>Show the hidden tracks and rooms again</source>
        <translation>Volver a mostrar las temáticas y salas ocultas</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Show all days</source>
        <translation>Mostrar todos los días</translation>
    </message>
    <message>
        <source>Showing %1 of %2 sessions on %3</source>
        <translation>Se muestran %1 de %2 sesiones el %3</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Marcadas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on %1</source>
        <translation>
            <numerusform>%n sesión el %1</numerusform>
            <numerusform>%n sesiones el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Search sessions (Ctrl+F)</source>
        <translation>Buscar sesiones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed (F5)</source>
        <translation>Actualizar el programa desde su feed (F5)</translation>
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
        <translation>Exportar mi agenda…</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Importar marcadores…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation>Acerca de Attend</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>MainMenuButton</name>
    <message>
        <source>Main menu</source>
        <translation>Menú principal</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>Now &amp; Next</source>
        <translation>Ahora &amp; después</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Agenda (Ctrl+1)</source>
        <translation>Programa (Ctrl+1)</translation>
    </message>
    <message>
        <source>My schedule (Ctrl+2)</source>
        <translation>Mi agenda (Ctrl+2)</translation>
    </message>
    <message>
        <source>Now and next (Ctrl+3)</source>
        <translation>Ahora y después (Ctrl+3)</translation>
    </message>
    <message>
        <source>Speakers (Ctrl+4)</source>
        <translation>Ponentes (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <source>Now &amp; Next</source>
        <translation>Ahora &amp; después</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Starting within the hour</source>
        <translation>Empieza en la próxima hora</translation>
    </message>
    <message>
        <source>Show the first day</source>
        <translation>Mostrar el primer día</translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation>Ahora y después</translation>
    </message>
    <message>
        <source>Nothing on now or within the hour.</source>
        <translation>No hay nada ahora ni en la próxima hora.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Abrir el programa</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>no se puede hacer privada la carpeta %1</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message numerus="yes">
        <source>Started %1 (%n min ago)</source>
        <translation>
            <numerusform>Empezó a las %1 (hace %n min)</numerusform>
            <numerusform>Empezó a las %1 (hace %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting now, %1</source>
        <translation>Empieza ahora, %1</translation>
    </message>
    <message numerus="yes">
        <source>Starts %1 (in %n min)</source>
        <translation>
            <numerusform>Empieza a las %1 (en %n min)</numerusform>
            <numerusform>Empieza a las %1 (en %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed reminder: %1</source>
        <translation>Recordatorio perdido: %1</translation>
    </message>
    <message>
        <source>Starting now: %1</source>
        <translation>Empieza ahora: %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Snooze 5 min</source>
        <translation>Posponer 5 min</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Descartar el recordatorio</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Unirse a %1</translation>
    </message>
</context>
<context>
    <name>RemoveConferenceDialog</name>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Quitar «%1»?</translation>
    </message>
    <message>
        <source>Its downloaded agenda is deleted. Your bookmarks in it are kept and come back if you add it again.</source>
        <translation>Se borra su programa descargado. Tus marcadores se conservan y vuelven si añades la conferencia de nuevo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minutos antes de una sesión para el recordatorio</translation>
    </message>
    <message>
        <source>min before</source>
        <translation>min antes</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export my schedule to a calendar file</source>
        <translation>Exportar mi agenda a un archivo de calendario</translation>
    </message>
    <message>
        <source>Import bookmarks…</source>
        <translation>Importar marcadores…</translation>
    </message>
    <message>
        <source>Import bookmarks from a calendar file</source>
        <translation>Importar marcadores desde un archivo de calendario</translation>
    </message>
    <message>
        <source>My schedule</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <source>No longer in the agenda</source>
        <translation>Ya no está en el programa</translation>
    </message>
    <message numerus="yes">
        <source>Nothing here yet.
In the agenda, press the star ☆ beside a session (or select it and press Space) to add it to your schedule. Attend will remind you %n minute(s) before it starts.</source>
        <translation>
            <numerusform>Aquí no hay nada todavía.
En el programa, pulsa la estrella ☆ junto a una sesión (o selecciónala y pulsa Space) para añadirla a tu agenda. Attend te la recordará %n minuto antes de que empiece.</numerusform>
            <numerusform>Aquí no hay nada todavía.
En el programa, pulsa la estrella ☆ junto a una sesión (o selecciónala y pulsa Space) para añadirla a tu agenda. Attend te la recordará %n minutos antes de que empiece.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Mark them all to watch later</source>
        <translation>Guardarlas todas para ver más tarde</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose which to watch later</source>
        <translation>Elegir cuáles ver más tarde</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Some of your sessions overlap: they are marked below; the one you must see leads, a maybe one is its alternative.</source>
        <translation>Algunas de tus sesiones se solapan: están marcadas abajo; la imprescindible tiene prioridad y una «quizá» es su alternativa.</translation>
    </message>
    <message>
        <source>Day timeline</source>
        <translation>Cronología del día</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>All my conferences</source>
        <translation>Todas mis conferencias</translation>
    </message>
    <message>
        <source>Watch later (%1)</source>
        <translation>Ver más tarde (%1)</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>Ver más tarde</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>My schedule as a list</source>
        <translation>Mi agenda como lista</translation>
    </message>
    <message>
        <source>On Watch later</source>
        <translation>En «Ver más tarde»</translation>
    </message>
    <message>
        <source>Take off Watch later: %1</source>
        <translation>Quitar de «Ver más tarde»: %1</translation>
    </message>
    <message>
        <source>Watch later: %1</source>
        <translation>Ver más tarde: %1</translation>
    </message>
    <message>
        <source>All my conferences…</source>
        <translation>Todas mis conferencias…</translation>
    </message>
    <message>
        <source>Export the bookmarks of all my conferences</source>
        <translation>Exportar los marcadores de todas mis conferencias</translation>
    </message>
    <message>
        <source>Only %1…</source>
        <translation>Solo %1…</translation>
    </message>
    <message>
        <source>Export only the bookmarks of %1</source>
        <translation>Exportar solo los marcadores de %1</translation>
    </message>
    <message>
        <source>Export the bookmarks of this conference</source>
        <translation>Exportar los marcadores de esta conferencia</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open the Agenda</source>
        <translation>Abrir el programa</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>Your schedule (%1) was %2. Attend shows it empty and will not change it; update Attend to use it.</source>
        <translation>Tu agenda (%1) fue %2. Attend la muestra vacía y no la modificará; actualiza Attend para usarla.</translation>
    </message>
    <message>
        <source>Your schedule could not be read (%1). It was kept as %2 and Attend started a new one.</source>
        <translation>No se pudo leer tu agenda (%1). Se guardó como %2 y Attend empezó una nueva.</translation>
    </message>
    <message>
        <source>Your schedule (%1) could not be read (%2) nor moved aside; Attend will not change it.</source>
        <translation>No se pudo leer tu agenda (%1) (%2) ni apartarla; Attend no la modificará.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Password or token</source>
        <translation>Contraseña o token</translation>
    </message>
    <message>
        <source>Password or token for this feed</source>
        <translation>Contraseña o token para este feed</translation>
    </message>
    <message>
        <source>Keep in the keychain</source>
        <translation>Guardar en el llavero</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movida</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Choque</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>about</source>
        <translation>hacia</translation>
    </message>
    <message>
        <source>time estimated</source>
        <translation>hora estimada</translation>
    </message>
    <message>
        <source>bookmarked as maybe</source>
        <translation>con marcador «quizá»</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>con marcador</translation>
    </message>
    <message>
        <source>does not match the search</source>
        <translation>no coincide con la búsqueda</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Remind me</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Remind me of %1</source>
        <translation>Recordarme %1</translation>
    </message>
    <message>
        <source>This session is not in the agenda.</source>
        <translation>Esta sesión no está en el programa.</translation>
    </message>
    <message>
        <source>This session is no longer in the agenda. This is what Attend last knew of it.</source>
        <translation>Esta sesión ya no está en el programa. Esto es lo último que Attend sabía de ella.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Ponentes: %1</translation>
    </message>
    <message>
        <source>No description was published for this session.</source>
        <translation>No se ha publicado ninguna descripción para esta sesión.</translation>
    </message>
    <message>
        <source>Abstract: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>Open link: %1</source>
        <translation>Abrir enlace: %1</translation>
    </message>
    <message>
        <source>When (estimated): %1</source>
        <translation>Cuándo (estimado): %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join link</source>
        <translation>Enlace para unirse</translation>
    </message>
    <message>
        <source>Join %1 (Ctrl+J)</source>
        <translation>Unirse a %1 (Ctrl+J)</translation>
    </message>
    <message>
        <source>Watch recording</source>
        <translation>Ver la grabación</translation>
    </message>
    <message>
        <source>Watch the recording of %1</source>
        <translation>Ver la grabación de %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Open the chat of %1</source>
        <translation>Abrir el chat de %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me before a session</source>
        <translation>Recordarme antes de una sesión</translation>
    </message>
    <message>
        <source>Minutes before a session to remind me</source>
        <translation>Minutos antes de una sesión para el recordatorio</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minuto</numerusform>
            <numerusform>minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause all reminders</source>
        <translation>Pausar todos los recordatorios</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Mostrar las horas en</translation>
    </message>
    <message>
        <source>My time</source>
        <translation>Mi hora</translation>
    </message>
    <message>
        <source>The event&apos;s time</source>
        <translation>La hora del evento</translation>
    </message>
    <message>
        <source>Show times in: %1</source>
        <translation>Mostrar las horas en: %1</translation>
    </message>
    <message>
        <source>My time zone</source>
        <translation>Mi zona horaria</translation>
    </message>
    <message>
        <source>This computer&apos;s: %1</source>
        <translation>La de este equipo: %1</translation>
    </message>
    <message>
        <source>My time zone, an IANA name such as Europe/Berlin; empty for this computer&apos;s</source>
        <translation>Mi zona horaria, un nombre IANA como Europe/Berlin; vacío para la de este equipo</translation>
    </message>
    <message>
        <source>Unknown time zone. Use a name such as Europe/Berlin or America/Los_Angeles; leave it empty for this computer&apos;s zone.</source>
        <translation>Zona horaria desconocida. Usa un nombre como Europe/Berlin o America/Los_Angeles; déjalo vacío para la zona de este equipo.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Start at login, in the tray</source>
        <translation>Arrancar al iniciar sesión, en el área de notificación</translation>
    </message>
    <message>
        <source>Start Attend at login, hidden in the tray</source>
        <translation>Arrancar Attend al iniciar sesión, oculto en el área de notificación</translation>
    </message>
    <message>
        <source>Agenda feeds</source>
        <translation>Feeds de programas</translation>
    </message>
    <message>
        <source>Check for updates every</source>
        <translation>Buscar actualizaciones cada</translation>
    </message>
    <message>
        <source>Minutes between checks for agenda updates</source>
        <translation>Minutos entre comprobaciones de actualizaciones del programa</translation>
    </message>
    <message>
        <source>Also tell me when a session starts</source>
        <translation>Avisarme también cuando empiece una sesión</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>For sessions I can join online</source>
        <translation>Para las sesiones a las que puedo unirme en línea</translation>
    </message>
    <message>
        <source>For every bookmarked session</source>
        <translation>Para cada sesión con marcador</translation>
    </message>
    <message>
        <source>Remind me of maybe sessions too</source>
        <translation>Recordarme también las sesiones «quizá»</translation>
    </message>
    <message>
        <source>Remind me of sessions bookmarked as maybe too</source>
        <translation>Recordarme también las sesiones con marcador «quizá»</translation>
    </message>
    <message>
        <source>Live calendar</source>
        <translation>Calendario en directo</translation>
    </message>
    <message>
        <source>Attend keeps a calendar file of your bookmarks in every conference you follow, updated within a second of each change: new bookmarks appear, moved sessions move, cancelled ones are marked cancelled. Subscribe to it once from your calendar app.</source>
        <translation>Attend mantiene un archivo de calendario con tus marcadores de todas las conferencias que sigues, actualizado en menos de un segundo tras cada cambio: aparecen los nuevos marcadores, las sesiones trasladadas se mueven y las canceladas se marcan como canceladas. Suscríbete a él una vez desde tu aplicación de calendario.</translation>
    </message>
    <message>
        <source>Keep the calendar file</source>
        <translation>Mantener el archivo de calendario</translation>
    </message>
    <message>
        <source>Keep a live calendar file of my bookmarks</source>
        <translation>Mantener un archivo de calendario en directo con mis marcadores</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Calendar file path</source>
        <translation>Ruta del archivo de calendario</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the calendar file&apos;s path</source>
        <translation>Copiar la ruta del archivo de calendario</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where the calendar file is kept</source>
        <translation>Elegir dónde se guarda el archivo de calendario</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Keep the calendar file in its default place</source>
        <translation>Guardar el archivo de calendario en su ubicación predeterminada</translation>
    </message>
    <message>
        <source>Alarms in the calendar</source>
        <translation>Alarmas en el calendario</translation>
    </message>
    <message>
        <source>Add alarms to must-see sessions in the calendar file, at the reminder time</source>
        <translation>Añadir alarmas a las sesiones imprescindibles en el archivo de calendario, a la hora del recordatorio</translation>
    </message>
    <message>
        <source>How to subscribe:
• Evolution: File → New → Calendar, type “On the web”, URL file://%1 — it re-reads the file on its refresh interval.
• Thunderbird: Calendar → New Calendar → On the Network, format iCalendar (ICS), location file://%1, and set “Refresh calendar” to every minute.
• KOrganizer: Settings → Configure KOrganizer → Calendars → Add → “ICal Calendar File”, the path above, read-only; it follows the file as it changes.
• GNOME Calendar: it subscribes only to web addresses (https://, webcal://), not to a file: add the file to Evolution instead — GNOME Calendar shows Evolution&apos;s calendars.</source>
        <translation>Cómo suscribirse:
• Evolution: Archivo → Nuevo → Calendario, tipo «En la web», URL file://%1; vuelve a leer el archivo en cada intervalo de actualización.
• Thunderbird: Calendario → Nuevo calendario → En la red, formato iCalendar (ICS), ubicación file://%1, y pon «Actualizar calendario» cada minuto.
• KOrganizer: Preferencias → Configurar KOrganizer → Calendarios → Añadir → «Archivo de calendario ICal», la ruta de arriba, de solo lectura; sigue el archivo a medida que cambia.
• Calendario de GNOME: solo se suscribe a direcciones web (https://, webcal://), no a archivos: añade el archivo a Evolution; Calendario de GNOME muestra los calendarios de Evolution.</translation>
    </message>
    <message>
        <source>Keep the calendar file at</source>
        <translation>Guardar el archivo de calendario en</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Search the agenda</source>
        <translation>Buscar en el programa</translation>
    </message>
    <message>
        <source>Move through a list</source>
        <translation>Moverse por una lista</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Cerrar los atajos</translation>
    </message>
    <message>
        <source>Refresh the agenda from its feed</source>
        <translation>Actualizar el programa desde su feed</translation>
    </message>
    <message>
        <source>Join the session on screen (its live stream or room)</source>
        <translation>Unirse a la sesión en pantalla (su emisión en directo o su sala)</translation>
    </message>
    <message>
        <source>Bookmark the selected session as maybe, or switch must see ⇄ maybe</source>
        <translation>Marcar la sesión seleccionada como «quizá», o alternar imprescindible ⇄ quizá</translation>
    </message>
    <message>
        <source>On a session page: must see ⇄ maybe</source>
        <translation>En la página de una sesión: imprescindible ⇄ quizá</translation>
    </message>
    <message>
        <source>Move between controls; each page starts on its list</source>
        <translation>Moverse entre controles; cada página empieza en su lista</translation>
    </message>
    <message>
        <source>In a list: open the highlighted session. On a button: press it</source>
        <translation>En una lista: abrir la sesión resaltada. En un botón: pulsarlo</translation>
    </message>
    <message>
        <source>In a list: bookmark the highlighted session, or remove its bookmark. On a button: press it</source>
        <translation>En una lista: marcar la sesión resaltada o quitar su marcador. En un botón: pulsarlo</translation>
    </message>
    <message>
        <source>On a session&apos;s page: bookmark it, or remove its bookmark</source>
        <translation>En la página de una sesión: marcarla o quitar su marcador</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Agenda, My schedule, Now &amp; Next, Speakers</source>
        <translation>Programa, Mi agenda, Ahora &amp; después, Ponentes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Clear the search, else go back to the page named on the back button</source>
        <translation>Borrar la búsqueda; si no hay, volver a la página que indica el botón de volver</translation>
    </message>
    <message>
        <source>Undo a removal while its notice shows</source>
        <translation>Deshacer una eliminación mientras se ve su aviso</translation>
    </message>
    <message>
        <source>Add a conference</source>
        <translation>Añadir una conferencia</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Search speakers</source>
        <translation>Buscar ponentes</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n sesión</numerusform>
            <numerusform>%1, %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No speaker matches “%1”.</source>
        <translation>Ningún ponente coincide con «%1».</translation>
    </message>
    <message>
        <source>This agenda names no speakers.</source>
        <translation>Este programa no indica ponentes.</translation>
    </message>
    <message>
        <source>Choose a speaker to see their sessions.</source>
        <translation>Elige un ponente para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sesiones de %1</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>Timetable</source>
        <translation>Cuadrícula horaria</translation>
    </message>
    <message>
        <source>No sessions on this day with these filters.</source>
        <translation>No hay sesiones este día con estos filtros.</translation>
    </message>
    <message>
        <source>Timetable, %1</source>
        <translation>Cuadrícula, %1</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>WatchLaterView</name>
    <message>
        <source>Watch later</source>
        <translation>Ver más tarde</translation>
    </message>
    <message>
        <source>recording available</source>
        <translation>grabación disponible</translation>
    </message>
    <message>
        <source>no recording yet</source>
        <translation>aún sin grabación</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>Watched: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Abrir la grabación</translation>
    </message>
    <message>
        <source>No recording yet</source>
        <translation>Aún sin grabación</translation>
    </message>
    <message>
        <source>Open recording: %1</source>
        <translation>Abrir la grabación: %1</translation>
    </message>
    <message>
        <source>No recording yet: %1</source>
        <translation>Aún sin grabación: %1</translation>
    </message>
    <message>
        <source>Take off the Watch later list</source>
        <translation>Quitar de la lista «Ver más tarde»</translation>
    </message>
    <message>
        <source>Take off the Watch later list: %1</source>
        <translation>Quitar de la lista «Ver más tarde»: %1</translation>
    </message>
    <message>
        <source>Nothing to watch later.
After a bookmarked session has ended, press “Watch later” beside it in My schedule to keep it here with its recording.</source>
        <translation>Nada para ver más tarde.
Cuando termine una sesión con marcador, pulsa «Ver más tarde» junto a ella en Mi agenda para guardarla aquí con su grabación.</translation>
    </message>
</context>
<context>
    <name>ZoneSwitch</name>
    <message>
        <source>My time</source>
        <translation>Mi hora</translation>
    </message>
    <message>
        <source>Show times in my time zone, %1</source>
        <translation>Mostrar las horas en mi zona horaria, %1</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Hora del evento</translation>
    </message>
    <message>
        <source>Show times in the event&apos;s time zone, %1</source>
        <translation>Mostrar las horas en la zona horaria del evento, %1</translation>
    </message>
</context>
</TS>
