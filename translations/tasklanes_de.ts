<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Charts</name>
    <message>
        <source>item %1 taken</source>
        <translation>%1. genommener Eintrag</translation>
    </message>
    <message>
        <source>Elapsed time per item (no run yet)</source>
        <translation>Laufzeit je Eintrag (noch kein Lauf)</translation>
    </message>
    <message>
        <source>%1: elapsed time of each item, by task</source>
        <translation>%1: Laufzeit jedes Eintrags, nach Aufgabe</translation>
    </message>
    <message>
        <source>time spent on items</source>
        <translation>Zeit für Einträge</translation>
    </message>
    <message>
        <source>%1: time spent on items, by task (%2 items)</source>
        <translation>%1: Zeit für Einträge, nach Aufgabe (%2 Einträge)</translation>
    </message>
    <message>
        <source>elapsed (units)</source>
        <translation>Laufzeit (Einheiten)</translation>
    </message>
    <message>
        <source>Total: measured and ideal</source>
        <translation>Gesamt: gemessen und ideal</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (angehalten)</translation>
    </message>
    <message>
        <source>total (units)</source>
        <translation>gesamt (Einheiten)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1: %L2 units (ideal %L3)</source>
        <translation>%1: %L2 Einheiten (ideal %L3)</translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>Klone</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n Deadlock</numerusform>
            <numerusform>%n Deadlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n verlorene Änderung</numerusform>
            <numerusform>%n verlorene Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>worst</source>
        <translation>schlimmste</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>checkbook</source>
        <translation>Scheckbuch</translation>
    </message>
    <message>
        <source>laundry</source>
        <translation>Wäsche</translation>
    </message>
    <message>
        <source>looks</source>
        <translation>Blicke</translation>
    </message>
    <message>
        <source>wasted</source>
        <translation>vergeblich</translation>
    </message>
    <message>
        <source>Run the parents (Run All runs the four) to compare them here.</source>
        <translation>Lassen Sie die Eltern laufen (Alle ausführen nimmt alle vier), um sie hier zu vergleichen.</translation>
    </message>
    <message>
        <source>Attention latency (units)</source>
        <translation>Wartezeit auf Zuwendung (Einheiten)</translation>
    </message>
    <message>
        <source>Done at (units)</source>
        <translation>Fertig bei (Einheiten)</translation>
    </message>
    <message>
        <source>Looks (polling)</source>
        <translation>Blicke (Polling)</translation>
    </message>
    <message>
        <source>The polling parent at each interval between looks</source>
        <translation>Das pollende Elternteil bei jedem Intervall zwischen zwei Blicken</translation>
    </message>
    <message>
        <source>interval between looks (units)</source>
        <translation>Intervall zwischen zwei Blicken (Einheiten)</translation>
    </message>
    <message>
        <source>worst latency (units)</source>
        <translation>schlimmste Wartezeit (Einheiten)</translation>
    </message>
    <message>
        <source>wasted looks</source>
        <translation>vergebliche Blicke</translation>
    </message>
    <message>
        <source>worst latency, measured</source>
        <translation>schlimmste Wartezeit, gemessen</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>wasted looks, measured</source>
        <translation>vergebliche Blicke, gemessen</translation>
    </message>
    <message>
        <source>Sweep the Interval runs the polling parent at intervals from 0.5 to 10 units and plots its worst latency and its wasted looks against the interval.</source>
        <translation>Intervalle messen lässt das pollende Elternteil mit Intervallen von 0,5 bis 10 Einheiten laufen und trägt seine schlimmste Wartezeit und seine vergeblichen Blicke über dem Intervall auf.</translation>
    </message>
</context>
<context>
    <name>DayRenderer</name>
    <message>
        <source>checkbook</source>
        <translation>Scheckbuch</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>moving clothes</source>
        <translation>Umladen</translation>
    </message>
    <message>
        <source>folding</source>
        <translation>Zusammenlegen</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>Zuwendung</translation>
    </message>
    <message>
        <source>a look</source>
        <translation>ein Blick</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>wartet daneben</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>wartet auf eine Sperre</translation>
    </message>
    <message>
        <source>washing</source>
        <translation>wäscht</translation>
    </message>
    <message>
        <source>drying</source>
        <translation>trocknet</translation>
    </message>
    <message>
        <source>calling, not answered yet</source>
        <translation>ruft, noch keine Antwort</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>hat Zuwendung</translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation>Synchrones Elternteil</translation>
    </message>
    <message>
        <source>Polling parent, a look every %1 units</source>
        <translation>Pollendes Elternteil, ein Blick alle %1 Einheiten</translation>
    </message>
    <message>
        <source>Threading parent (clones), fixed</source>
        <translation>Elternteil mit Threads (Klone), repariert</translation>
    </message>
    <message>
        <source>Threading parent (clones), as the tutorial tells it</source>
        <translation>Elternteil mit Threads (Klone), wie das Tutorial es erzählt</translation>
    </message>
    <message>
        <source>Async parent, an await every %1 units</source>
        <translation>Async-Elternteil, ein await alle %1 Einheiten</translation>
    </message>
    <message>
        <source>Async parent, work that never awaits</source>
        <translation>Async-Elternteil, Arbeit ohne await</translation>
    </message>
    <message>
        <source>%1: stopped at %2 units</source>
        <translation>%1: angehalten bei %2 Einheiten</translation>
    </message>
    <message>
        <source>%1: the day ends at %2 units</source>
        <translation>%1: der Tag endet bei %2 Einheiten</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>ein Ruf</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>a buzzer</source>
        <translation>ein Summer</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>%1 buzzed at %2</source>
        <translation>%1 summte bei %2</translation>
    </message>
    <message>
        <source>%1 called at %2; attention %3 units later</source>
        <translation>%1 rief bei %2; Zuwendung %3 Einheiten später</translation>
    </message>
    <message>
        <source>%1 called at %2; nobody answered</source>
        <translation>%1 rief bei %2; niemand antwortete</translation>
    </message>
    <message>
        <source>%1 (deadlocked: it never ends)</source>
        <translation>%1 (Deadlock: endet nie)</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4 units</source>
        <translation>%1: %2, %3 bis %4 Einheiten</translation>
    </message>
</context>
<context>
    <name>DayWindow</name>
    <message>
        <source>The Parent&apos;s Day</source>
        <translation>Der Tag des Elternteils</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Haushalt</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Chec&amp;kbook:</source>
        <translation>&amp;Scheckbuch:</translation>
    </message>
    <message>
        <source>Units of the parent&apos;s own work on the checkbook</source>
        <translation>Einheiten eigener Arbeit des Elternteils am Scheckbuch</translation>
    </message>
    <message>
        <source>&amp;Washer cycle:</source>
        <translation>&amp;Waschgang:</translation>
    </message>
    <message>
        <source>Units the washer runs on its own before it buzzes</source>
        <translation>Einheiten, die die Waschmaschine allein läuft, bevor sie summt</translation>
    </message>
    <message>
        <source>Dr&amp;yer cycle:</source>
        <translation>&amp;Trockengang:</translation>
    </message>
    <message>
        <source>Units the dryer runs on its own before it buzzes</source>
        <translation>Einheiten, die der Trockner allein läuft, bevor er summt</translation>
    </message>
    <message>
        <source>Handlin&amp;g per load:</source>
        <translation>Handgriffe je &amp;Ladung:</translation>
    </message>
    <message>
        <source>The parent&apos;s work each time the load is handled: into the washer, into the dryer, out and folded</source>
        <translation>Die Arbeit des Elternteils bei jedem Handgriff an der Ladung: in die Waschmaschine, in den Trockner, heraus und zusammengelegt</translation>
    </message>
    <message>
        <source>Kids &amp;call at:</source>
        <translation>&amp;Kinder rufen um:</translation>
    </message>
    <message>
        <source>Atte&amp;ntion per call:</source>
        <translation>&amp;Zuwendung je Ruf:</translation>
    </message>
    <message>
        <source>Units of the parent&apos;s attention each call needs</source>
        <translation>Einheiten Zuwendung, die jeder Ruf braucht</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Read a household file</source>
        <translation>Eine Haushaltsdatei lesen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Spe&amp;ichern…</translation>
    </message>
    <message>
        <source>Write this household to a file (tasklanes run parent-… --household reads it)</source>
        <translation>Diesen Haushalt in eine Datei schreiben (tasklanes run parent-… --household liest sie)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>I&amp;ntervall:</translation>
    </message>
    <message>
        <source>The polling parent looks at everything this often</source>
        <translation>So oft schaut das pollende Elternteil nach allem</translation>
    </message>
    <message>
        <source>Work &amp;between awaits:</source>
        <translation>&amp;Portion zwischen awaits:</translation>
    </message>
    <message>
        <source>The async parent&apos;s work goes in pieces this long with an await between; 0: work that never awaits</source>
        <translation>Die Arbeit des Async-Elternteils geht in Stücken dieser Länge mit einem await dazwischen; 0: Arbeit ohne await</translation>
    </message>
    <message>
        <source>Fi&amp;x the clones: one lock order, a checkbook lock</source>
        <translation>Klone &amp;reparieren: eine Sperrreihenfolge, eine Sperre fürs Scheckbuch</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>How long one unit of the day lasts</source>
        <translation>Wie lange eine Einheit des Tages dauert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The Four Parents</source>
        <translation>Die vier Eltern</translation>
    </message>
    <message>
        <source>Polling Sweep</source>
        <translation>Polling-Durchlauf</translation>
    </message>
    <message>
        <source>Sweep the Interva&amp;l</source>
        <translation>Intervalle &amp;messen</translation>
    </message>
    <message>
        <source>Run the polling parent at every interval from 0.5 to 10 units, one day after the other in the background, at 10 ms a unit</source>
        <translation>Das pollende Elternteil bei jedem Intervall von 0,5 bis 10 Einheiten laufen lassen, einen Tag nach dem anderen im Hintergrund, bei 10 ms je Einheit</translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export what the tab shows as PNG, SVG or PDF</source>
        <translation>Was der Reiter zeigt, als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation>Trace spei&amp;chern…</translation>
    </message>
    <message>
        <source>Write the day on the timeline as a Chrome Trace Event file</source>
        <translation>Den Tag auf der Zeitleiste als Chrome-Trace-Event-Datei schreiben</translation>
    </message>
    <message>
        <source>What the parent says</source>
        <translation>Was das Elternteil sagt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: the kids waited up to %2 units</source>
        <translation>%1: die Kinder warteten bis zu %2 Einheiten</translation>
    </message>
    <message>
        <source>; the checkbook was done at %1</source>
        <translation>; das Scheckbuch war bei %1 fertig</translation>
    </message>
    <message>
        <source>; the checkbook was never done</source>
        <translation>; das Scheckbuch wurde nie fertig</translation>
    </message>
    <message>
        <source>, the laundry at %1</source>
        <translation>, die Wäsche bei %1</translation>
    </message>
    <message>
        <source>, the laundry never</source>
        <translation>, die Wäsche nie</translation>
    </message>
    <message>
        <source>; %1 of %2 looks found nothing</source>
        <translation>; %1 von %2 Blicken fanden nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n Deadlock</numerusform>
            <numerusform>%n Deadlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n verlorene Änderung</numerusform>
            <numerusform>%n verlorene Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the laundry, standing by each machine until it buzzes. A kid who calls waits until the thing in hand is done.</source>
        <translation>Eins nach dem anderen, jedes bis zum Ende: das Scheckbuch, dann die Wäsche, neben jeder Maschine wartend, bis sie summt. Ein Kind, das ruft, wartet, bis das Angefangene fertig ist.</translation>
    </message>
    <message>
        <source>A clone for each chore, all at once on threads: the washer&apos;s, the dryer&apos;s, two paying bills from one balance, and one for each kid. As the tutorial tells it, the washer&apos;s and the dryer&apos;s clones each hold one machine and want the other, and the bill payers overwrite each other&apos;s balance. Fixed: one lock order, a lock around the checkbook.</source>
        <translation>Ein Klon für jede Aufgabe, alle zugleich auf Threads: der der Waschmaschine, der des Trockners, zwei, die Rechnungen von einem Kontostand bezahlen, und einer für jedes Kind. Wie das Tutorial es erzählt, hält der Klon der Waschmaschine und der des Trockners je eine Maschine und will die andere, und die Zahler überschreiben einander den Kontostand. Repariert: eine Sperrreihenfolge, eine Sperre um das Scheckbuch.</translation>
    </message>
    <message>
        <source>The moments the kids call, in units from the start of the day, in order, separated by spaces, semicolons or (where the decimal sign is a point) commas</source>
        <translation>Die Zeitpunkte, zu denen die Kinder rufen, in Einheiten ab Tagesbeginn, der Reihe nach, getrennt durch Leerzeichen, Semikolons oder (wo das Dezimalzeichen ein Punkt ist) Kommas</translation>
    </message>
    <message>
        <source>One parent on an event loop: the buzzers and the calls are timers, the chores coroutines whose work goes in pieces with an await between. A call waits a few pieces: as in asyncio, its timer and then its coroutine take their turns behind the chores&apos; pieces. With pieces of 0 the work never awaits, and the kids wait as for the synchronous parent.</source>
        <translation>Ein Elternteil auf einer Ereignisschleife: die Summer und die Rufe sind Timer, die Aufgaben Koroutinen, deren Arbeit in Stücken mit einem await dazwischen geht. Ein Ruf wartet einige Stücke: wie in asyncio kommen erst sein Timer und dann seine Koroutine hinter den Stücken der Aufgaben an die Reihe. Mit Stücken von 0 wartet die Arbeit nie mit await, und die Kinder warten wie beim synchronen Elternteil.</translation>
    </message>
    <message>
        <source>Loads the washer, then works on the checkbook and stops every interval to look at the machines and the kids; a look costs %1 units, found anything or not. A look that finds nothing is wasted; a call waits up to an interval and two looks.</source>
        <translation>Belädt die Waschmaschine, arbeitet dann am Scheckbuch und hält nach jedem Intervall an, um nach den Maschinen und den Kindern zu schauen; ein Blick kostet %1 Einheiten, ob er etwas findet oder nicht. Ein Blick, der nichts findet, ist vergeblich; ein Ruf wartet bis zu einem Intervall und zwei Blicken.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is it in use?)</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen (ist der Port belegt?)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1</source>
        <translation>kann nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>the demo server did not start within %1 s</source>
        <translation>der Demo-Server ist nicht innerhalb von %1 s gestartet</translation>
    </message>
    <message>
        <source>the system would not start the demo server&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>das System hat den Thread des Demo-Servers nicht gestartet (ist die Grenze für Prozesse und Threads, ulimit -u, erreicht?)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>no model to run</source>
        <translation>kein Modell zum Ausführen</translation>
    </message>
    <message>
        <source>unit of %1 ms is outside %2 to %3</source>
        <translation>eine Einheit von %1 ms liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 tasks is outside 1 to %2</source>
        <translation>%1 Aufgaben liegen außerhalb von 1 bis %2</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>die Warteschlange ist leer</translation>
    </message>
    <message>
        <source>timeout of %1 ms is outside 1 to %2</source>
        <translation>eine Zeitgrenze von %1 ms liegt außerhalb von 1 bis %2</translation>
    </message>
    <message>
        <source>queue item %1: %2</source>
        <translation>Warteschlangeneintrag %1: %2</translation>
    </message>
    <message>
        <source>switch interval of %1 ms is outside 1 to %2</source>
        <translation>Umschaltintervall von %1 ms liegt außerhalb von 1 bis %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>unbekannter Bildtyp (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <source>size %1×%2 is outside 16 to 20000 pixels</source>
        <translation>die Größe %1×%2 liegt außerhalb von 16 bis 20000 Pixeln</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>das PNG ließ sich nicht kodieren</translation>
    </message>
    <message>
        <source>%1 — %2 tasks, %3 ms per unit</source>
        <translation>%1 — %2 Aufgaben, %3 ms je Einheit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>timeline.png, .svg or .pdf</source>
        <translation>zeitleiste.png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Pixel density of PNG images (SVG and PDF are vector graphics)</source>
        <translation>Pixeldichte von PNG-Bildern (SVG und PDF sind Vektorgrafiken)</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1: die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>nothing reads from it</source>
        <translation>niemand liest daraus</translation>
    </message>
    <message>
        <source>not allowed to write there</source>
        <translation>dort darf nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket): save what it gives to a file and open that</source>
        <translation>%1: keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket): speichern Sie, was sie liefert, in einer Datei und öffnen Sie diese</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a positive whole number</source>
        <translation>„version“ fehlt oder ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>version %1 is newer than this TaskLanes reads (%2); please update TaskLanes</source>
        <translation>Version %1 ist neuer als das, was dieses TaskLanes liest (%2); bitte aktualisieren Sie TaskLanes</translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>running (CPU)</source>
        <translation>läuft (CPU)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>wartet (await)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ideal schedule (no overhead)</source>
        <translation>idealer Ablauf (ohne Mehraufwand)</translation>
    </message>
    <message>
        <source>ready (waiting for its turn)</source>
        <translation>bereit (wartet, bis sie dran ist)</translation>
    </message>
    <message>
        <source>waiting (lock or resource)</source>
        <translation>wartet (Sperre oder Ressource)</translation>
    </message>
    <message>
        <source>the scheduler loop to resume it</source>
        <translation>die Scheduler-Schleife, die sie fortsetzt</translation>
    </message>
    <message>
        <source>the event loop, busy with another task</source>
        <translation>die Ereignisschleife, die mit einer anderen Aufgabe beschäftigt ist</translation>
    </message>
    <message>
        <source>the GIL, held by another thread</source>
        <translation>die GIL, die ein anderer Thread hält</translation>
    </message>
    <message>
        <source>a free connection</source>
        <translation>eine freie Verbindung</translation>
    </message>
    <message>
        <source>stopped (cut short by Stop)</source>
        <translation>angehalten (von Anhalten abgebrochen)</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: %2 is not a number of units from %3 to %4</source>
        <translation>%1: %2 ist keine Zahl von Einheiten von %3 bis %4</translation>
    </message>
    <message>
        <source>kids: %1 calls, more than %2</source>
        <translation>kids: %1 Rufe, mehr als %2</translation>
    </message>
    <message>
        <source>kids, call %1</source>
        <translation>kids, Ruf %1</translation>
    </message>
    <message>
        <source>kids, call %1: %2 comes before the call before it (%3); list the calls in the order they come</source>
        <translation>kids, Ruf %1: %2 kommt vor dem Ruf davor (%3); führen Sie die Rufe in der Reihenfolge auf, in der sie kommen</translation>
    </message>
    <message>
        <source>not a TaskLanes household file (the top level is not an object)</source>
        <translation>keine TaskLanes-Haushaltsdatei (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>not a TaskLanes household file (&quot;format&quot; is not &quot;tasklanes-household&quot;)</source>
        <translation>keine TaskLanes-Haushaltsdatei („format“ ist nicht „tasklanes-household“)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>%1: not a number</source>
        <translation>%1: keine Zahl</translation>
    </message>
    <message>
        <source>kids: not a list of the moments the kids call</source>
        <translation>kids: keine Liste der Zeitpunkte, zu denen die Kinder rufen</translation>
    </message>
    <message>
        <source>kids, call %1: not a number</source>
        <translation>kids, Ruf %1: keine Zahl</translation>
    </message>
    <message>
        <source>The tutorial&apos;s day</source>
        <translation>Der Tag aus dem Tutorial</translation>
    </message>
    <message>
        <source>A checkbook of 20 units, a washer of 30 and a dryer of 40, 2 units of handling per load, and three calls.</source>
        <translation>Ein Scheckbuch von 20 Einheiten, eine Waschmaschine von 30 und ein Trockner von 40, 2 Einheiten Handgriffe je Ladung und drei Rufe.</translation>
    </message>
    <message>
        <source>Kids who call often</source>
        <translation>Kinder, die oft rufen</translation>
    </message>
    <message>
        <source>A call every 7 units: the synchronous parent keeps them waiting through every chore; polling catches them one look late.</source>
        <translation>Ein Ruf alle 7 Einheiten: das synchrone Elternteil lässt sie jede Aufgabe lang warten; Polling bemerkt sie einen Blick zu spät.</translation>
    </message>
    <message>
        <source>A long checkbook</source>
        <translation>Ein langes Scheckbuch</translation>
    </message>
    <message>
        <source>60 units of checkbook: work that never awaits keeps every kid waiting until it is done.</source>
        <translation>60 Einheiten Scheckbuch: Arbeit ohne await lässt jedes Kind warten, bis sie fertig ist.</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Keine Rufe</translation>
    </message>
    <message>
        <source>Only the chores: what overlapping the machines with the checkbook saves, and what the polling parent&apos;s looks cost with nothing to find.</source>
        <translation>Nur die Aufgaben: was es spart, die Maschinen neben dem Scheckbuch laufen zu lassen, und was die Blicke des pollenden Elternteils kosten, wenn es nichts zu finden gibt.</translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation>Synchrones Elternteil</translation>
    </message>
    <message>
        <source>Polling parent</source>
        <translation>Pollendes Elternteil</translation>
    </message>
    <message>
        <source>Threading parent (clones)</source>
        <translation>Elternteil mit Threads (Klone)</translation>
    </message>
    <message>
        <source>Async parent</source>
        <translation>Async-Elternteil</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>checkbook done: %1 (ideal %2)</source>
        <translation>Scheckbuch fertig: %1 (ideal %2)</translation>
    </message>
    <message>
        <source>laundry done: %1 (ideal %2)</source>
        <translation>Wäsche fertig: %1 (ideal %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>attention latency: %1; mean %2, worst %3 (ideal mean %4, worst %5)</source>
        <translation>Wartezeit auf Zuwendung: %1; Mittel %2, schlimmste %3 (ideal Mittel %4, schlimmste %5)</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>keine Rufe</translation>
    </message>
    <message>
        <source>checks: %1, wasted %2 (ideal %3, wasted %4)</source>
        <translation>Blicke: %1, vergeblich %2 (ideal %3, vergeblich %4)</translation>
    </message>
    <message>
        <source>deadlocks: %1, lost updates: %2 (ideal %3, %4)</source>
        <translation>Deadlocks: %1, verlorene Änderungen: %2 (ideal %3, %4)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Washer</source>
        <translation>Waschmaschine</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Trockner</translation>
    </message>
    <message>
        <source>Kid %1</source>
        <translation>Kind %1</translation>
    </message>
    <message>
        <source> at %1 (%2 late)</source>
        <translation> bei %1 (%2 zu spät)</translation>
    </message>
    <message>
        <source>Parent: Kid %1 called at %2, attending%3</source>
        <translation>Elternteil: Kind %1 rief bei %2, Zuwendung%3</translation>
    </message>
    <message>
        <source>Parent: washer buzzed at %1, moving clothes%2</source>
        <translation>Elternteil: Waschmaschine summte bei %1, Wäsche umladen%2</translation>
    </message>
    <message>
        <source>Parent: dryer buzzed at %1, folding%2</source>
        <translation>Elternteil: Trockner summte bei %1, zusammenlegen%2</translation>
    </message>
    <message>
        <source>Parent: balancing the checkbook at %1</source>
        <translation>Elternteil: gleicht das Scheckbuch ab bei %1</translation>
    </message>
    <message>
        <source>Parent: checkbook done at %1</source>
        <translation>Elternteil: Scheckbuch fertig bei %1</translation>
    </message>
    <message>
        <source>Parent: loading the washer at %1</source>
        <translation>Elternteil: belädt die Waschmaschine bei %1</translation>
    </message>
    <message>
        <source>Parent: standing by the %1 at %2</source>
        <translation>Elternteil: wartet neben %1 ab %2</translation>
    </message>
    <message>
        <source>washer</source>
        <translation>der Waschmaschine</translation>
    </message>
    <message>
        <source>dryer</source>
        <translation>dem Trockner</translation>
    </message>
    <message>
        <source>Parent: laundry done at %1</source>
        <translation>Elternteil: Wäsche fertig bei %1</translation>
    </message>
    <message>
        <source>Parent: checking at %1: nothing</source>
        <translation>Elternteil: schaut nach bei %1: nichts</translation>
    </message>
    <message>
        <source>Parent: checking at %1</source>
        <translation>Elternteil: schaut nach bei %1</translation>
    </message>
    <message>
        <source>Parent (washer)</source>
        <translation>Elternteil (Waschmaschine)</translation>
    </message>
    <message>
        <source>Parent (dryer)</source>
        <translation>Elternteil (Trockner)</translation>
    </message>
    <message>
        <source>Parent (bills %1)</source>
        <translation>Elternteil (Rechnungen %1)</translation>
    </message>
    <message>
        <source>Parent (Kid %1)</source>
        <translation>Elternteil (Kind %1)</translation>
    </message>
    <message>
        <source>--%1: %2 is not a number of units from %3 to %4</source>
        <translation>--%1: %2 ist keine Zahl von Einheiten von %3 bis %4</translation>
    </message>
    <message>
        <source> (or 0: work that never awaits)</source>
        <translation> (oder 0: Arbeit ohne await)</translation>
    </message>
    <message>
        <source>--interval: %1 is too short for this household: about %2 checks, more than %3</source>
        <translation>--interval: %1 ist zu kurz für diesen Haushalt: etwa %2 Blicke, mehr als %3</translation>
    </message>
    <message>
        <source>--step: %1 is too short for this household: about %2 steps, more than %3</source>
        <translation>--step: %1 ist zu kurz für diesen Haushalt: etwa %2 Stücke, mehr als %3</translation>
    </message>
    <message>
        <source>too large for a day&apos;s trace</source>
        <translation>zu groß für den Trace eines Tages</translation>
    </message>
    <message>
        <source>not a trace of the parent&apos;s day (&quot;otherData.variant&quot; is not a parent)</source>
        <translation>kein Trace vom Tag des Elternteils („otherData.variant“ ist kein Elternteil)</translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation>„unit_ms“ fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing or out of range</source>
        <translation>„total_ms“ fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>a lane&apos;s tid is out of range</source>
        <translation>die tid einer Spur liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its lanes are not numbered 1, 2, 3, ...</source>
        <translation>seine Spuren sind nicht 1, 2, 3, ... nummeriert</translation>
    </message>
    <message>
        <source>&quot;parent_lanes&quot; does not fit its lanes</source>
        <translation>„parent_lanes“ passt nicht zu seinen Spuren</translation>
    </message>
    <message>
        <source>a span of the day is damaged (its lane, time, activity or state)</source>
        <translation>ein Abschnitt des Tages ist beschädigt (seine Spur, Zeit, Tätigkeit oder sein Zustand)</translation>
    </message>
    <message>
        <source>a span names a call the household does not have</source>
        <translation>ein Abschnitt nennt einen Ruf, den der Haushalt nicht hat</translation>
    </message>
    <message>
        <source>a call or a buzzer of the day is damaged</source>
        <translation>ein Ruf oder ein Summer des Tages ist beschädigt</translation>
    </message>
</context>
<context>
    <name>ItemError</name>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>unknown host %1</source>
        <translation>unbekannter Host %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the worker process crashed or was killed (%1)</source>
        <translation>der Arbeitsprozess ist abgestürzt oder wurde beendet (%1)</translation>
    </message>
    <message>
        <source>the worker process exited with status %1</source>
        <translation>der Arbeitsprozess hat sich mit Status %1 beendet</translation>
    </message>
    <message>
        <source>malformed worker output: &quot;%1&quot;</source>
        <translation>fehlerhafte Ausgabe des Arbeitsprozesses: „%1“</translation>
    </message>
    <message>
        <source>malformed worker output: a line longer than 64 KiB</source>
        <translation>fehlerhafte Ausgabe des Arbeitsprozesses: eine Zeile länger als 64 KiB</translation>
    </message>
    <message>
        <source>no worker process left to run it</source>
        <translation>kein Arbeitsprozess mehr übrig, der ihn ausführen könnte</translation>
    </message>
    <message>
        <source>the worker process could not start: %1</source>
        <translation>der Arbeitsprozess konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the worker process could not start: no worker program is set</source>
        <translation>der Arbeitsprozess konnte nicht starten: kein Arbeitsprogramm festgelegt</translation>
    </message>
    <message>
        <source>the worker process could not start: %1 did not answer within %2 s</source>
        <translation>der Arbeitsprozess konnte nicht starten: %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the worker process could not start: %1 is not a TaskLanes worker (it answered &quot;%2&quot;)</source>
        <translation>der Arbeitsprozess konnte nicht starten: %1 ist kein TaskLanes-Arbeitsprozess (es antwortete „%2“)</translation>
    </message>
    <message>
        <source>the worker process did not begin the item within %1 s</source>
        <translation>der Arbeitsprozess hat den Eintrag nicht innerhalb von %1 s begonnen</translation>
    </message>
    <message>
        <source>the worker process did not finish the item within %1 s</source>
        <translation>der Arbeitsprozess hat den Eintrag nicht innerhalb von %1 s beendet</translation>
    </message>
    <message>
        <source>the system would not start a thread it needed (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>das System hat einen nötigen Thread nicht gestartet (ist die Grenze für Prozesse und Threads, ulimit -u, erreicht?)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TaskLanes</source>
        <translation>TaskLanes</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Zeit&amp;leiste</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines, as the run prints them</source>
        <translation>Die Ausgabezeilen des Tutorials, wie der Lauf sie schreibt</translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines appear here.</source>
        <translation>Hier erscheinen die Ausgabezeilen des Tutorials.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts (from the next start)</source>
        <translation>Die Sprache der Texte der App (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation>Die gewählte Variante auf der Warteschlange ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation>Jede Variante, die diese Warteschlange nehmen kann, nacheinander ausführen und vergleichen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Den Lauf anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Import Queue…</source>
        <translation>Warteschlange &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Load a work queue from a JSON file (Ctrl+O)</source>
        <translation>Eine Warteschlange aus einer JSON-Datei laden (Strg+O)</translation>
    </message>
    <message>
        <source>E&amp;xport Queue…</source>
        <translation>Warteschlange e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the work queue as a JSON file (Ctrl+S)</source>
        <translation>Die Warteschlange als JSON-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>&amp;Zeitleiste exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Die Zeitleiste als PNG, SVG oder PDF speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Export &amp;Elapsed-Time Chart…</source>
        <translation>&amp;Laufzeitdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the elapsed-time chart as PNG, SVG or PDF</source>
        <translation>Das Laufzeitdiagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export T&amp;otals Chart…</source>
        <translation>&amp;Summendiagramm exportieren…</translation>
    </message>
    <message>
        <source>Save the measured-versus-ideal chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm gemessen gegen ideal als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Export Co&amp;mparison…</source>
        <translation>&amp;Vergleich exportieren…</translation>
    </message>
    <message>
        <source>Save every run of the last Run All, stacked on one time axis, as PNG, SVG or PDF</source>
        <translation>Alle Läufe des letzten „Alle ausführen“, gestapelt auf einer Zeitachse, als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>Trace ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a trace saved by TaskLanes and show it in the timeline and charts (Ctrl+Shift+O)</source>
        <translation>Eine von TaskLanes gespeicherte Trace öffnen und in Zeitleiste und Diagrammen zeigen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Copy Charts</source>
        <translation>Diagramme &amp;kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard as an image (Ctrl+Shift+C)</source>
        <translation>Die Diagramme als Bild in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Fit Run</source>
        <translation>Lauf ein&amp;passen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline (Ctrl+0)</source>
        <translation>Den ganzen Lauf auf der Zeitleiste zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl++)</source>
        <translation>Die Zeitleiste vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation>Die Zeitleiste verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Show &amp;Ideal Schedule</source>
        <translation>&amp;Idealen Ablauf zeigen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Draw the schedule with zero overhead under each lane (Ctrl+I)</source>
        <translation>Den Ablauf ohne jeden Mehraufwand unter jeder Spur zeichnen (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;Leitfaden zu den Modellen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>What each model does and what to look for on its timeline; the colours and the keys (F1)</source>
        <translation>Was jedes Modell tut und worauf man auf seiner Zeitleiste achten sollte; die Farben und die Tasten (F1)</translation>
    </message>
    <message>
        <source>Show the &amp;First-Run Hint</source>
        <translation>&amp;Einstiegshinweis wieder zeigen</translation>
    </message>
    <message>
        <source>Show the hint for newcomers above the timeline again</source>
        <translation>Den Hinweis für Neulinge wieder über der Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>&amp;About TaskLanes</source>
        <translation>Ü&amp;ber TaskLanes</translation>
    </message>
    <message>
        <source>Views of the run</source>
        <translation>Ansichten des Laufs</translation>
    </message>
    <message>
        <source>What the run shows</source>
        <translation>Was der Lauf zeigt</translation>
    </message>
    <message>
        <source>What the last run teaches, worked out from what it recorded</source>
        <translation>Was der letzte Lauf lehrt, ermittelt aus dem, was er aufgezeichnet hat</translation>
    </message>
    <message>
        <source>After a run, what it shows is said here in plain words.</source>
        <translation>Nach einem Lauf steht hier in einfachen Worten, was er zeigt.</translation>
    </message>
    <message>
        <source>About the variant</source>
        <translation>Über die Variante</translation>
    </message>
    <message>
        <source>Varia&amp;nts</source>
        <translation>&amp;Varianten</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>Chart&amp;s</source>
        <translation>Diagra&amp;mme</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open the scenario lab: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values (Ctrl+Shift+L)</source>
        <translation>Das Szenario-Labor öffnen: jede Task mit eigenen Schritten über Locks, Semaphoren, Events, Conditions, Barrieren, Queues und Werte (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation>Trace speic&amp;hern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the run on the timeline as a Chrome trace, which Perfetto and File › Open Trace open (Ctrl+Shift+S)</source>
        <translation>Den Lauf auf der Zeitleiste als Chrome-Trace speichern, den Perfetto und Datei › Trace öffnen lesen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;Same Time Scale for Every Run</source>
        <translation>Gleiche &amp;Zeitskala für jeden Lauf</translation>
    </message>
    <message>
        <source>Draw every run on the scale of the longest one so far, so that a run of 17 units looks half as long as one of 32</source>
        <translation>Jeden Lauf im Maßstab des bisher längsten zeichnen, damit ein Lauf von 17 Einheiten halb so lang aussieht wie einer von 32</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>requests waited for a free connection (waits: %1; %2 units in all): at most 100 requests are in flight at once, as in aiohttp&apos;s default session</source>
        <translation>Anfragen warteten auf eine freie Verbindung (Wartefälle: %1; insgesamt %2 Einheiten): höchstens 100 Anfragen sind zugleich unterwegs, wie in der Standardsitzung von aiohttp</translation>
    </message>
    <message>
        <source>the event loop was blocked: CPU work held it for %1 units, the longest Task %2&apos;s item %3 (%4 %5) for %6 units, while other tasks were ready and waited %7 units in all. A coroutine that counts or computes stops every other task until it ends (asyncio&apos;s debug mode reports such a step as slow); async-offload runs CPU work in worker processes instead</source>
        <translation>die Ereignisschleife war blockiert: CPU-Arbeit hielt sie %1 Einheiten lang, am längsten Eintrag %3 von Task %2 (%4 %5) %6 Einheiten lang, während andere Aufgaben bereit waren und insgesamt %7 Einheiten warteten. Eine Coroutine, die zählt oder rechnet, hält jede andere Aufgabe an, bis sie endet (der Debug-Modus von asyncio meldet einen solchen Schritt als langsam); async-offload führt CPU-Arbeit stattdessen in Arbeitsprozessen aus</translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units and CPU work for %2 units, while the other tasks were ready and waited %3 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation>blockierende Aufrufe (Schlafen, Abrufen) hielten den einen Thread %1 Einheiten lang und CPU-Arbeit %2 Einheiten lang, während die anderen Aufgaben bereit waren und insgesamt %3 Einheiten warteten, bis sie dran waren: ein blockierender Aufruf hält jeden Generator an, wie auch immer sie sich abwechseln</translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation>blockierende Aufrufe (Schlafen, Abrufen) hielten den einen Thread %1 Einheiten lang, während die anderen Aufgaben bereit waren und insgesamt %2 Einheiten warteten, bis sie dran waren: ein blockierender Aufruf hält jeden Generator an, wie auch immer sie sich abwechseln</translation>
    </message>
    <message>
        <source>threads were ready but waited for the GIL for %1 units in all (waits: %2; Task %3 the longest, %4 units): a thread keeps the GIL until another asks for it and the switch interval, %5 ms, has passed</source>
        <translation>Threads waren bereit, warteten aber insgesamt %1 Einheiten auf die GIL (Wartefälle: %2; Task %3 am längsten, %4 Einheiten): ein Thread behält die GIL, bis ein anderer sie verlangt und das Umschaltintervall von %5 ms verstrichen ist</translation>
    </message>
    <message>
        <source>convoy: a thread back from a sleep or fetch must take the GIL again, and waited for it behind a computing thread (waits: %1; %2 ms on average, %3 ms at most)</source>
        <translation>Konvoi: ein Thread, der vom Schlafen oder Abrufen zurückkommt, muss die GIL wieder nehmen und wartete hinter einem rechnenden Thread auf sie (Wartefälle: %1; im Mittel %2 ms, höchstens %3 ms)</translation>
    </message>
    <message>
        <source>CPU work gained nothing from threads: %1 threads counted or computed for %2 units in all, one at a time under the GIL; without a GIL (free-threaded Python, or C code that releases it: the threads variant) they use the cores at once</source>
        <translation>CPU-Arbeit gewann nichts durch Threads: %1 Threads zählten oder rechneten insgesamt %2 Einheiten lang, einer nach dem anderen unter der GIL; ohne GIL (Python ohne GIL oder C-Code, der sie freigibt: die Variante threads) nutzen sie die Kerne zugleich</translation>
    </message>
    <message>
        <source>each worker process took %1 to %2 ms from the run&apos;s start to its first item: a process has to start, and load this program, before it can work</source>
        <translation>jeder Arbeitsprozess brauchte vom Start des Laufs bis zu seinem ersten Eintrag %1 bis %2 ms: ein Prozess muss starten und dieses Programm laden, bevor er arbeiten kann</translation>
    </message>
    <message>
        <source>between one item and the next a worker waited %1 ms on average: each item is copied to it over a pipe and its result back, as the processes share no memory</source>
        <translation>zwischen einem Eintrag und dem nächsten wartete ein Arbeitsprozess im Mittel %1 ms: jeder Eintrag wird ihm über eine Pipe kopiert und sein Ergebnis zurück, da die Prozesse keinen Speicher teilen</translation>
    </message>
    <message>
        <source>the first CPU items waited up to %1 ms for the worker processes to start (the pool starts them when it is first given work)</source>
        <translation>die ersten CPU-Einträge warteten bis zu %1 ms auf den Start der Arbeitsprozesse (der Pool startet sie, wenn er zum ersten Mal Arbeit bekommt)</translation>
    </message>
    <message>
        <source>the later CPU items waited %1 ms on average to be handed to a free worker over a pipe, while the event loop ran the other tasks</source>
        <translation>die späteren CPU-Einträge warteten im Mittel %1 ms, bis sie über eine Pipe an einen freien Arbeitsprozess gingen, während die Ereignisschleife die anderen Aufgaben ausführte</translation>
    </message>
    <message>
        <source>CPU work (counting, computing) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: taking turns does not make CPU work faster, and a computation that does not yield holds every task until it ends</source>
        <translation>CPU-Arbeit (Zählen, Rechnen) hielt den einen Thread %1 Einheiten lang, während die anderen Aufgaben bereit waren und insgesamt %2 Einheiten warteten, bis sie dran waren: Abwechseln macht CPU-Arbeit nicht schneller, und eine Berechnung, die nicht abgibt, hält jede Aufgabe fest, bis sie endet</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Tutorial: count 15, 10, 5, 2</source>
        <translation>Tutorial: zählen 15, 10, 5, 2</translation>
    </message>
    <message>
        <source>Tutorial: sleep 15, 10, 5, 2</source>
        <translation>Tutorial: schlafen 15, 10, 5, 2</translation>
    </message>
    <message>
        <source>Short: sleep 3, 2, 1</source>
        <translation>Kurz: schlafen 3, 2, 1</translation>
    </message>
    <message>
        <source>Uneven: one long item, many short ones</source>
        <translation>Ungleich: ein langer Eintrag, viele kurze</translation>
    </message>
    <message>
        <source>Many: 100 short items, 10 tasks</source>
        <translation>Viele: 100 kurze Einträge, 10 Aufgaben</translation>
    </message>
    <message>
        <source>Demo server: the tutorial&apos;s seven pages (for the HTTP variants)</source>
        <translation>Demo-Server: die sieben Seiten des Tutorials (für die HTTP-Varianten)</translation>
    </message>
    <message>
        <source>CPU work: compute 4, 4, 4, 4</source>
        <translation>CPU-Arbeit: rechnen 4, 4, 4, 4</translation>
    </message>
    <message>
        <source>Mixed: compute 8 beside sleeps of 1</source>
        <translation>Gemischt: rechnen 8 neben Schlafen von 1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Item %1 (%2 %3) cannot run under this variant.</source>
        <translation>Eintrag %1 (%2 %3) kann unter dieser Variante nicht laufen.</translation>
    </message>
    <message>
        <source>Item %1 (the number %2) cannot be fetched: this variant takes URLs.</source>
        <translation>Eintrag %1 (die Zahl %2) kann nicht abgerufen werden: diese Variante nimmt URLs.</translation>
    </message>
</context>
<context>
    <name>QueueEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>V&amp;orlage:</translation>
    </message>
    <message>
        <source>Preset queue</source>
        <translation>Vorlage für die Warteschlange</translation>
    </message>
    <message>
        <source>Replace the queue with one of the tutorial&apos;s queues (undoable)</source>
        <translation>Die Warteschlange durch eine des Tutorials ersetzen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Work queue items</source>
        <translation>Einträge der Warteschlange</translation>
    </message>
    <message>
        <source>The work queue, first item first. Drag rows to reorder; double-click to edit.</source>
        <translation>Die Warteschlange, erster Eintrag zuerst. Zeilen ziehen, um umzuordnen; Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected items (Ctrl+D)</source>
        <translation>Die gewählten Einträge duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Die gewählten Einträge entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected items up (Alt+Up)</source>
        <translation>Die gewählten Einträge nach oben schieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected items down (Alt+Down)</source>
        <translation>Die gewählten Einträge nach unten schieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>Item value</source>
        <translation>Wert des Eintrags</translation>
    </message>
    <message>
        <source>Change the selected item to this kind and value</source>
        <translation>Den gewählten Eintrag auf diese Art und diesen Wert setzen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add this item after the selection, or at the end (Enter)</source>
        <translation>Diesen Eintrag nach der Auswahl oder am Ende hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Tasks sharing the queue:</source>
        <translation>Au&amp;fgaben, die sich die Warteschlange teilen:</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Anzahl der Aufgaben</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Eintrag %1 bearbeiten</translation>
    </message>
    <message>
        <source>Set tasks to %1</source>
        <translation>Aufgaben auf %1 setzen</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Appl&amp;y to selected</source>
        <translation>Auf Auswahl anwe&amp;nden</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>the demo server could not start: %1</source>
        <translation>der Demo-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>no variant can run this queue</source>
        <translation>keine Variante kann diese Warteschlange ausführen</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>task_done() called too many times (Python raises ValueError)</source>
        <translation>task_done() zu oft aufgerufen (Python löst ValueError aus)</translation>
    </message>
    <message>
        <source>the system would not start a thread</source>
        <translation>das System hat keinen Thread gestartet</translation>
    </message>
    <message>
        <source>%1 names no resource</source>
        <translation>%1 nennt keine Ressource</translation>
    </message>
    <message>
        <source>cannot %1 %2, a %3</source>
        <translation>%1 geht nicht mit %2 (Typ %3)</translation>
    </message>
    <message>
        <source>%1 units is not between 0 and %2</source>
        <translation>%1 Einheiten liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>%1 is not a number of at most %2 digits</source>
        <translation>%1 ist keine Zahl mit höchstens %2 Stellen</translation>
    </message>
    <message>
        <source>only a wait on a condition can wait until a value</source>
        <translation>nur ein wait auf einer Condition kann auf einen Wert warten</translation>
    </message>
    <message>
        <source>waits until something that is not a value</source>
        <translation>wartet auf etwas, das kein Wert (value) ist</translation>
    </message>
    <message>
        <source>repeats %1 times, not between 1 and %2</source>
        <translation>wiederholt %1-mal, nicht zwischen 1 und %2</translation>
    </message>
    <message>
        <source>repeats no steps</source>
        <translation>wiederholt keine Schritte</translation>
    </message>
    <message>
        <source>repeats are nested more than %1 deep</source>
        <translation>Wiederholungen sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>writes %1 before reading it (a write stores the task&apos;s copy)</source>
        <translation>schreibt %1, bevor es gelesen wurde (write speichert die Kopie der Task)</translation>
    </message>
    <message>
        <source>releases %1, which it does not hold</source>
        <translation>gibt %1 frei, das sie nicht hält</translation>
    </message>
    <message>
        <source>%1 on %2 without holding its lock (Python raises RuntimeError)</source>
        <translation>%1 auf %2, ohne dessen Lock zu halten (Python löst RuntimeError aus)</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>der Titel ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>it has no tasks</source>
        <translation>es hat keine Tasks</translation>
    </message>
    <message>
        <source>it has %1 tasks, more than %2</source>
        <translation>es hat %1 Tasks, mehr als %2</translation>
    </message>
    <message>
        <source>it has %1 resources, more than %2</source>
        <translation>es hat %1 Ressourcen, mehr als %2</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
    <message>
        <source>a name needs 1 to %1 characters, without spaces around it</source>
        <translation>ein Name braucht 1 bis %1 Zeichen, ohne Leerzeichen davor oder danach</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 of %2 is not between %3 and %4</source>
        <translation>%1 von %2 liegt nicht zwischen %3 und %4</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>die Teilnehmerzahl</translation>
    </message>
    <message>
        <source>the capacity</source>
        <translation>die Kapazität</translation>
    </message>
    <message>
        <source>the count</source>
        <translation>die Anzahl</translation>
    </message>
    <message>
        <source>%1 waits for %2 parties, but the scenario has %3 tasks</source>
        <translation>%1 wartet auf %2 Teilnehmer, aber das Szenario hat %3 Tasks</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>the name is used twice</source>
        <translation>der Name kommt zweimal vor</translation>
    </message>
    <message>
        <source>the tasks would run more than %1 steps</source>
        <translation>die Tasks würden mehr als %1 Schritte ausführen</translation>
    </message>
    <message>
        <source>resource %1: asyncio has no RLock; run it with --model threads</source>
        <translation>Ressource %1: asyncio hat kein RLock; mit --model threads ausführen</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>„%1“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a whole number</source>
        <translation>„%1“ fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text</source>
        <translation>„name“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is not one of lock, rlock, semaphore, event, condition, barrier, queue, value</source>
        <translation>%1: „type“ ist keiner von lock, rlock, semaphore, event, condition, barrier, queue, value</translation>
    </message>
    <message>
        <source>&quot;do&quot; is missing or not a step TaskLanes knows</source>
        <translation>„do“ fehlt oder ist kein Schritt, den TaskLanes kennt</translation>
    </message>
    <message>
        <source>no resource is named &quot;%1&quot;</source>
        <translation>keine Ressource heißt „%1“</translation>
    </message>
    <message>
        <source>&quot;resource&quot; is missing or not text</source>
        <translation>„resource“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;until&quot; names no resource</source>
        <translation>„until“ nennt keine Ressource</translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not text</source>
        <translation>„url“ fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing or not a list</source>
        <translation>„steps“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (the top level is not an object)</source>
        <translation>keine TaskLanes-Szenariodatei (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (&quot;format&quot; is not &quot;tasklanes-scenario&quot;)</source>
        <translation>keine TaskLanes-Szenariodatei („format“ ist nicht „tasklanes-scenario“)</translation>
    </message>
    <message>
        <source>&quot;title&quot; is not text</source>
        <translation>„title“ ist kein Text</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation>„resources“ ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; is missing or not a list</source>
        <translation>„tasks“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>not a scenario trace TaskLanes wrote (%1)</source>
        <translation>kein Szenario-Trace, den TaskLanes geschrieben hat (%1)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds a control character</source>
        <translation>der Name „%1“ enthält ein Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>ScenarioEdit</name>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>no resource is selected</source>
        <translation>keine Ressource ist ausgewählt</translation>
    </message>
    <message>
        <source>%1 is still used (%2): remove those steps first</source>
        <translation>%1 wird noch verwendet (%2): entfernen Sie zuerst diese Schritte</translation>
    </message>
    <message>
        <source>%1 cannot be a %2: %3 uses it (%4)</source>
        <translation>%1 kann kein %2 sein: %3 verwendet es (%4)</translation>
    </message>
    <message>
        <source>another resource is named %1</source>
        <translation>eine andere Ressource heißt %1</translation>
    </message>
    <message>
        <source>another task is named %1</source>
        <translation>eine andere Task heißt %1</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Capacity (0: no limit)</source>
        <translation>Kapazität (0: unbegrenzt)</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>a barrier&apos;s parties are a whole number from 1 to %1, the number of tasks</source>
        <translation>die Teilnehmer einer Barriere sind eine ganze Zahl von 1 bis %1, der Zahl der Tasks</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is needed</source>
        <translation>eine ganze Zahl von %1 bis %2 ist nötig</translation>
    </message>
    <message>
        <source>%1 %2 unit</source>
        <translation>%1 %2 Einheit</translation>
    </message>
    <message>
        <source>%1 %2 units</source>
        <translation>%1 %2 Einheiten</translation>
    </message>
    <message numerus="yes">
        <source>repeat %n time(s)</source>
        <translation>
            <numerusform>repeat %n-mal</numerusform>
            <numerusform>repeat %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>put %1 into %2</source>
        <translation>put %1 in %2</translation>
    </message>
    <message>
        <source>write %1, adding %2</source>
        <translation>write %1, addiert %2</translation>
    </message>
    <message>
        <source>wait %1 until %2 ≥ %3</source>
        <translation>wait %1 bis %2 ≥ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n Genehmigung</numerusform>
            <numerusform>%n Genehmigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>holds %n</source>
        <translation>
            <numerusform>fasst %n</numerusform>
            <numerusform>fasst %n</numerusform>
        </translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>beginnt bei %1</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Title of the scenario</source>
        <translation>Titel des Szenarios</translation>
    </message>
    <message>
        <source>Shown above the timeline and its exports</source>
        <translation>Steht über der Zeitleiste und ihren Exporten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Name der Ressource</translation>
    </message>
    <message>
        <source>A name the steps use: 1 to 64 characters</source>
        <translation>Ein Name, den die Schritte verwenden: 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Typ der Ressource</translation>
    </message>
    <message>
        <source>Permits:</source>
        <translation>Genehmigungen:</translation>
    </message>
    <message>
        <source>Resource amount</source>
        <translation>Menge der Ressource</translation>
    </message>
    <message>
        <source>What is wrong with the resource</source>
        <translation>Was an der Ressource falsch ist</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected resource (no step may use it)</source>
        <translation>Die ausgewählte Ressource entfernen (kein Schritt darf sie verwenden)</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>Change the selected resource to this name, type and amount</source>
        <translation>Die ausgewählte Ressource auf diesen Namen, Typ und diese Menge ändern</translation>
    </message>
    <message>
        <source>Add a resource with this name, type and amount</source>
        <translation>Eine Ressource mit diesem Namen, Typ und dieser Menge hinzufügen</translation>
    </message>
    <message>
        <source>Tasks and their steps</source>
        <translation>Tasks und ihre Schritte</translation>
    </message>
    <message>
        <source>Task whose steps are shown</source>
        <translation>Task, deren Schritte gezeigt werden</translation>
    </message>
    <message>
        <source>Add a task with no steps yet</source>
        <translation>Eine Task ohne Schritte hinzufügen</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Task entfernen</translation>
    </message>
    <message>
        <source>Remove the task shown, with its steps (undoable)</source>
        <translation>Die gezeigte Task mit ihren Schritten entfernen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Name of the task</source>
        <translation>Name der Task</translation>
    </message>
    <message>
        <source>The task lane is named so: 1 to 64 characters</source>
        <translation>So heißt die Spur der Task: 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Give the task shown this name</source>
        <translation>Der gezeigten Task diesen Namen geben</translation>
    </message>
    <message>
        <source>Steps of the task</source>
        <translation>Schritte der Task</translation>
    </message>
    <message>
        <source>The task&apos;s steps in order; drag a step to move it, into a repeat to repeat it</source>
        <translation>Die Schritte der Task der Reihe nach; ziehen Sie einen Schritt, um ihn zu verschieben, in ein repeat, um ihn zu wiederholen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>Den ausgewählten Schritt duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Den ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Den ausgewählten Schritt nach oben verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Den ausgewählten Schritt nach unten verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>S&amp;chritt:</translation>
    </message>
    <message>
        <source>What the step does (the method Python would call)</source>
        <translation>Was der Schritt tut (die Methode, die Python aufrufen würde)</translation>
    </message>
    <message>
        <source>Resource of the step</source>
        <translation>Ressource des Schritts</translation>
    </message>
    <message>
        <source>Only resources this step can work on are offered</source>
        <translation>Nur Ressourcen, mit denen dieser Schritt arbeiten kann, werden angeboten</translation>
    </message>
    <message>
        <source>Length in units</source>
        <translation>Dauer in Einheiten</translation>
    </message>
    <message>
        <source>How many units the step takes (0 to 100000)</source>
        <translation>Wie viele Einheiten der Schritt dauert (0 bis 100000)</translation>
    </message>
    <message>
        <source>Number of the step</source>
        <translation>Zahl des Schritts</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Address to fetch</source>
        <translation>Abzurufende Adresse</translation>
    </message>
    <message>
        <source>An http:// or https:// address, or /page/N of the demo server</source>
        <translation>Eine http://- oder https://-Adresse oder /page/N des Demo-Servers</translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation>Anzahl der Wiederholungen</translation>
    </message>
    <message>
        <source>How many times the steps inside run (1 to 1000000)</source>
        <translation>Wie oft die Schritte darin laufen (1 bis 1000000)</translation>
    </message>
    <message>
        <source>Value the wait waits for</source>
        <translation>Wert, auf den das Warten wartet</translation>
    </message>
    <message>
        <source>wait_for: wait until a value is at least a number (checked first, and after each notify)</source>
        <translation>wait_for: warten, bis ein Wert mindestens eine Zahl erreicht (zuerst geprüft und nach jedem notify)</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <source>Least value to wait for</source>
        <translation>Kleinster Wert, auf den gewartet wird</translation>
    </message>
    <message>
        <source>What is wrong with the step</source>
        <translation>Was am Schritt falsch ist</translation>
    </message>
    <message>
        <source>Change the selected step to this one</source>
        <translation>Den ausgewählten Schritt in diesen ändern</translation>
    </message>
    <message>
        <source>Add this step at the end of the selected repeat</source>
        <translation>Diesen Schritt am Ende des ausgewählten repeat hinzufügen</translation>
    </message>
    <message>
        <source>Add this step after the selected one, or at the end</source>
        <translation>Diesen Schritt nach dem ausgewählten oder am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Whether the scenario can run</source>
        <translation>Ob das Szenario laufen kann</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Add resour&amp;ce</source>
        <translation>Ressource hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Which tas&amp;k:</source>
        <translation>We&amp;lche Task:</translation>
    </message>
    <message>
        <source>Ne&amp;w task</source>
        <translation>Neue Tas&amp;k</translation>
    </message>
    <message>
        <source>Rename &amp;to:</source>
        <translation>Umbenennen &amp;in:</translation>
    </message>
    <message>
        <source>Res&amp;ource:</source>
        <translation>Ress&amp;ource:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Daue&amp;r:</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>&amp;Zahl:</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>W&amp;ait for:</source>
        <translation>&amp;Warten auf:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Innen hinzufügen</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>Schritt hinzu&amp;fügen</translation>
    </message>
</context>
<context>
    <name>ScenarioLine</name>
    <message>
        <source>%1 acquired %2</source>
        <translation>%1 hat %2 erworben</translation>
    </message>
    <message>
        <source>%1 waiting on %2 for a notify</source>
        <translation>%1 wartet auf %2 auf ein notify</translation>
    </message>
    <message>
        <source>%1 waiting at %2</source>
        <translation>%1 wartet an %2</translation>
    </message>
    <message>
        <source>%1 waiting for %2 to be set</source>
        <translation>%1 wartet, bis %2 gesetzt wird</translation>
    </message>
    <message>
        <source>%1 waiting for an item in %2</source>
        <translation>%1 wartet auf ein Element in %2</translation>
    </message>
    <message>
        <source>%1 waiting for room in %2</source>
        <translation>%1 wartet auf Platz in %2</translation>
    </message>
    <message>
        <source>%1 waiting for every item of %2 to be done</source>
        <translation>%1 wartet, bis jedes Element von %2 erledigt ist</translation>
    </message>
    <message>
        <source>%1 waiting for %2 (held by %3)</source>
        <translation>%1 wartet auf %2 (gehalten von %3)</translation>
    </message>
    <message>
        <source>%1 waiting for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>%1 released %2</source>
        <translation>%1 hat %2 freigegeben</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%1 hat %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 cleared %2</source>
        <translation>%1 hat %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 saw %2 set</source>
        <translation>%1 sah %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 notified all on %2 (woke %3)</source>
        <translation>%1 hat alle auf %2 benachrichtigt (%3 geweckt)</translation>
    </message>
    <message>
        <source>%1 notified %2 (woke %3)</source>
        <translation>%1 hat %2 benachrichtigt (%3 geweckt)</translation>
    </message>
    <message>
        <source>%1 woke on %2</source>
        <translation>%1 wurde auf %2 geweckt</translation>
    </message>
    <message>
        <source>%1 reached %2 (%3 of %4)</source>
        <translation>%1 hat %2 erreicht (%3 von %4)</translation>
    </message>
    <message>
        <source>%1 passed %2</source>
        <translation>%1 hat %2 passiert</translation>
    </message>
    <message>
        <source>%1 put %2 into %3</source>
        <translation>%1 hat %2 in %3 gelegt</translation>
    </message>
    <message>
        <source>%1 got %2 from %3</source>
        <translation>%1 hat %2 aus %3 geholt</translation>
    </message>
    <message>
        <source>%1 marked an item of %2 done</source>
        <translation>%1 hat ein Element von %2 als erledigt markiert</translation>
    </message>
    <message>
        <source>%1 joined %2: every item is done</source>
        <translation>%1 hat %2 abgewartet (join): jedes Element ist erledigt</translation>
    </message>
    <message>
        <source>%1 read %2: %3</source>
        <translation>%1 hat %2 gelesen: %3</translation>
    </message>
    <message>
        <source>%1 wrote %2: %3</source>
        <translation>%1 hat %2 geschrieben: %3</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 ist bei %2 gescheitert: %3</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 waits for %2 held by %3</source>
        <translation>%1 wartet auf %2, gehalten von %3</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>deadlock: %1</source>
        <translation>Deadlock: %1</translation>
    </message>
    <message>
        <source>stall: %1, and no task can give it any more</source>
        <translation>Stillstand: %1, und keine Task kann es noch liefern</translation>
    </message>
    <message>
        <source>%1: %2 expected %3, got %4</source>
        <translation>%1: %2 erwartet %3, erhalten %4</translation>
    </message>
    <message>
        <source>1 update lost</source>
        <translation>1 Aktualisierung verloren</translation>
    </message>
    <message>
        <source>%1 updates lost</source>
        <translation>%1 Aktualisierungen verloren</translation>
    </message>
</context>
<context>
    <name>ScenarioPreset</name>
    <message>
        <source>Washer and dryer (deadlock)</source>
        <translation>Waschmaschine und Trockner (Deadlock)</translation>
    </message>
    <message>
        <source>Two clones of the parent each need the washer and the dryer. Parent A takes the dryer first, Parent B the washer; each then waits for the machine the other holds. Look for the two waiting spans that never end: each names the machine it waits for and who holds it. The run ends with the cycle named, not with a hang.</source>
        <translation>Zwei Klone des Elternteils brauchen beide Waschmaschine und Trockner. Parent A nimmt zuerst den Trockner, Parent B die Waschmaschine; dann wartet jeder auf die Maschine, die der andere hält. Achten Sie auf die zwei Wartespannen, die nie enden: Jede nennt die Maschine, auf die sie wartet, und wer sie hält. Der Lauf endet mit dem benannten Zyklus, nicht mit einem Hänger.</translation>
    </message>
    <message>
        <source>Washer and dryer, one lock order</source>
        <translation>Waschmaschine und Trockner, eine Sperrreihenfolge</translation>
    </message>
    <message>
        <source>The same two clones, but both take the washer before the dryer. Whoever gets the washer first does the whole load; the other waits for the washer, holding nothing, so no cycle can form. Look for the arrow from one parent&apos;s release to the other&apos;s acquire.</source>
        <translation>Dieselben zwei Klone, aber beide nehmen die Waschmaschine vor dem Trockner. Wer die Waschmaschine zuerst bekommt, erledigt die ganze Ladung; der andere wartet auf die Waschmaschine und hält dabei nichts, also kann sich kein Zyklus bilden. Achten Sie auf den Pfeil von der Freigabe des einen zum Erwerb des anderen.</translation>
    </message>
    <message>
        <source>The checkbook race</source>
        <translation>Das Wettrennen ums Scheckheft</translation>
    </message>
    <message>
        <source>Two clones pay bills from one checkbook of 100: A pays 30, B pays 50. Each reads the balance, works out the new one (that takes a unit) and writes it back. Both read 100, so the second write undoes the first: the checkbook ends with more money than there is. The run prints the balance it should have and the payment that was lost.</source>
        <translation>Zwei Klone bezahlen Rechnungen aus einem Scheckheft mit 100: A zahlt 30, B zahlt 50. Jeder liest den Kontostand, rechnet den neuen aus (das dauert eine Einheit) und schreibt ihn zurück. Beide lesen 100, also macht das zweite Schreiben das erste ungeschehen: Im Scheckheft steht am Ende mehr Geld, als da ist. Der Lauf gibt den Kontostand aus, den es haben sollte, und die verlorene Zahlung.</translation>
    </message>
    <message>
        <source>The checkbook with a lock</source>
        <translation>Das Scheckheft mit Lock</translation>
    </message>
    <message>
        <source>The same payments with a lock around each read and write: the second clone waits until the first has written, then reads the new balance. Both payments count; the balance ends at 20. The price is the waiting span: the payments no longer overlap.</source>
        <translation>Dieselben Zahlungen mit einem Lock um jedes Lesen und Schreiben: Der zweite Klon wartet, bis der erste geschrieben hat, und liest dann den neuen Kontostand. Beide Zahlungen zählen; der Kontostand endet bei 20. Der Preis ist die Wartespanne: Die Zahlungen überlappen nicht mehr.</translation>
    </message>
    <message>
        <source>Two threads adding to a counter</source>
        <translation>Zwei Threads zählen einen Zähler hoch</translation>
    </message>
    <message>
        <source>The primers&apos; counter: two tasks each add 1 ten times, reading the counter, pausing a moment (a tenth of a unit) and writing it back. The pause lets the other task read the same number, so additions are lost: the counter ends well short of 20. On the event loop the pause is an await, and asyncio loses the same updates: a race needs only a switch between read and write, not threads.</source>
        <translation>Der Zähler der Einführungen: Zwei Tasks addieren je zehnmal 1, lesen den Zähler, pausieren kurz (eine Zehntel-Einheit) und schreiben ihn zurück. Die Pause lässt die andere Task dieselbe Zahl lesen, also gehen Additionen verloren: Der Zähler bleibt deutlich unter 20. Auf der Event-Loop ist die Pause ein await, und asyncio verliert dieselben Aktualisierungen: Für ein Wettrennen genügt ein Wechsel zwischen Lesen und Schreiben, Threads braucht es nicht.</translation>
    </message>
    <message>
        <source>The counter with a lock</source>
        <translation>Der Zähler mit Lock</translation>
    </message>
    <message>
        <source>The same adders, each holding a lock from read to write: the counter reaches 20. On the event loop the lock goes to whoever waited first, so the adders take turns, an arrow for each hand-off. On threads a lock is not fair: the adder that lets go usually takes it straight back before the waiting one wakes, so one adder does most of its additions first. Python&apos;s threading.Lock does the same.</source>
        <translation>Dieselben Addierer, jeder hält ein Lock vom Lesen bis zum Schreiben: Der Zähler erreicht 20. Auf der Event-Loop bekommt das Lock, wer zuerst gewartet hat, also wechseln sich die Addierer ab, ein Pfeil für jede Übergabe. Auf Threads ist ein Lock nicht fair: Der Addierer, der es loslässt, nimmt es meist sofort wieder, bevor der wartende aufwacht, also erledigt einer die meisten seiner Additionen zuerst. Pythons threading.Lock verhält sich genauso.</translation>
    </message>
    <message>
        <source>A Lock taken twice</source>
        <translation>Ein Lock, zweimal genommen</translation>
    </message>
    <message>
        <source>A task that holds a Lock and asks for it again waits for itself: a Lock does not know who holds it. The run ends as a deadlock of one task with itself. Compare the RLock preset, which counts its holder&apos;s acquires.</source>
        <translation>Eine Task, die ein Lock hält und es noch einmal anfordert, wartet auf sich selbst: Ein Lock weiß nicht, wer es hält. Der Lauf endet als Deadlock einer Task mit sich selbst. Vergleichen Sie die RLock-Vorlage, die die Erwerbe ihres Halters zählt.</translation>
    </message>
    <message>
        <source>An RLock taken twice</source>
        <translation>Ein RLock, zweimal genommen</translation>
    </message>
    <message>
        <source>The same clerk with an RLock: its holder may acquire it again, and must release it as often. The run ends normally. asyncio has no RLock, so this one runs on threads only.</source>
        <translation>Derselbe Schreiber mit einem RLock: Sein Halter darf es erneut erwerben und muss es ebenso oft freigeben. Der Lauf endet normal. asyncio hat kein RLock, daher läuft diese Vorlage nur auf Threads.</translation>
    </message>
    <message>
        <source>Ten downloads, three at a time</source>
        <translation>Zehn Downloads, je drei gleichzeitig</translation>
    </message>
    <message>
        <source>An event that starts the workers</source>
        <translation>Ein Event, das die Worker startet</translation>
    </message>
    <message>
        <source>Three workers wait on one event; the starter gets ready for two units and sets it. Every worker resumes at the set, each with an arrow from it, and then they work at once.</source>
        <translation>Drei Worker warten auf ein Event; der Starter bereitet sich zwei Einheiten lang vor und setzt es. Jeder Worker macht beim Setzen weiter, jeder mit einem Pfeil davon, und dann arbeiten sie gleichzeitig.</translation>
    </message>
    <message>
        <source>A producer and consumers on a condition</source>
        <translation>Ein Erzeuger und Verbraucher an einer Condition</translation>
    </message>
    <message>
        <source>A baker puts four loaves on a shelf, one a unit, and notifies the shelf&apos;s condition each time; two customers wait on it until there is stock (wait_for), then take a loaf. A wait lets go of the condition&apos;s lock, so the baker can get in: look for each customer&apos;s waiting span, the baker&apos;s notify arrow, and the customer taking the lock back.</source>
        <translation>Ein Bäcker legt vier Brote in ein Regal, eines pro Einheit, und benachrichtigt jedes Mal die Condition des Regals; zwei Kunden warten darauf, bis Vorrat da ist (wait_for), und nehmen dann ein Brot. Ein wait lässt das Lock der Condition los, so dass der Bäcker hinein kann: Achten Sie auf die Wartespanne jedes Kunden, den notify-Pfeil des Bäckers und den Kunden, der das Lock zurückbekommt.</translation>
    </message>
    <message>
        <source>A barrier between two phases</source>
        <translation>Eine Barriere zwischen zwei Phasen</translation>
    </message>
    <message>
        <source>A bounded queue with join</source>
        <translation>Eine begrenzte Queue mit join</translation>
    </message>
    <message>
        <source>A producer puts six jobs into a queue that holds two; two consumers get a job, work on it for a unit and mark it done. The producer waits whenever the queue is full, then joins it: it goes on only when every job is done. Look for the put-to-get arrows and the producer&apos;s waits for room.</source>
        <translation>Ein Erzeuger legt sechs Aufträge in eine Queue, die zwei fasst; zwei Verbraucher holen je einen Auftrag, arbeiten eine Einheit daran und markieren ihn als erledigt. Der Erzeuger wartet, wann immer die Queue voll ist, und wartet dann mit join: Er macht erst weiter, wenn jeder Auftrag erledigt ist. Achten Sie auf die Pfeile von put zu get und die Wartezeiten des Erzeugers auf Platz.</translation>
    </message>
    <message>
        <source>Ten downloads share a semaphore of 3: at most three run at once, the others wait for a permit. Look for the waves of three, and the arrow from each finished download to the one that takes its permit.</source>
        <translation>Zehn Downloads teilen sich ein Semaphor mit 3: Höchstens drei laufen gleichzeitig, die anderen warten auf eine Erlaubnis. Achten Sie auf die Wellen zu je drei und den Pfeil von jedem fertigen Download zu dem, der seine Erlaubnis übernimmt.</translation>
    </message>
    <message>
        <source>Three workers finish their first phase after 1, 2 and 3 units and wait at a barrier of 3. Nobody starts the second phase before the last one arrives; then all three go at once, the two that waited each with an arrow from the last arrival.</source>
        <translation>Drei Worker beenden ihre erste Phase nach 1, 2 und 3 Einheiten und warten an einer Barriere für 3. Niemand beginnt die zweite Phase, bevor der letzte ankommt; dann gehen alle drei gleichzeitig los, die zwei wartenden je mit einem Pfeil von der letzten Ankunft.</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>asyncio event loop</source>
        <translation>asyncio-Event-Loop</translation>
    </message>
    <message>
        <source>%1 — on %2, %3 units</source>
        <translation>%1 — auf %2, %3 Einheiten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>rlock</source>
        <translation>RLock</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>Semaphor</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>waiting for a resource</source>
        <translation>wartet auf eine Ressource</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>lost write</source>
        <translation>verlorenes Schreiben</translation>
    </message>
    <message>
        <source>%1 released %2 → %3 acquired it</source>
        <translation>%1 hat %2 freigegeben → %3 hat es erworben</translation>
    </message>
    <message>
        <source>%1 put an item into %2 → %3 got it</source>
        <translation>%1 hat ein Element in %2 gelegt → %3 hat es geholt</translation>
    </message>
    <message>
        <source>%1 set %2 → %3 went on</source>
        <translation>%1 hat %2 gesetzt → %3 machte weiter</translation>
    </message>
    <message>
        <source>%1 notified %2 → %3 woke</source>
        <translation>%1 hat %2 benachrichtigt → %3 wachte auf</translation>
    </message>
    <message>
        <source>%1 was the last to reach %2 → %3 went on</source>
        <translation>%1 erreichte %2 als Letzter → %3 machte weiter</translation>
    </message>
    <message>
        <source>%1 finished the last item of %2 → %3&apos;s join returned</source>
        <translation>%1 hat das letzte Element von %2 erledigt → das join von %3 kehrte zurück</translation>
    </message>
    <message>
        <source>waited %1 units</source>
        <translation>wartete %1 Einheiten</translation>
    </message>
    <message>
        <source>waiting for %1, held by %2</source>
        <translation>wartet auf %1, gehalten von %2</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>%1 units, from %2 to %3</source>
        <translation>%1 Einheiten, von %2 bis %3</translation>
    </message>
    <message>
        <source>Every task ran all its steps.</source>
        <translation>Jede Task hat alle ihre Schritte ausgeführt.</translation>
    </message>
    <message>
        <source>A step failed, and its task ended there.</source>
        <translation>Ein Schritt ist gescheitert, und seine Task endete dort.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 hand-offs drawn as arrows.</source>
        <translation>%1 Übergaben als Pfeile gezeichnet.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schläft</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
</context>
<context>
    <name>ScenarioWindow</name>
    <message>
        <source>Scenarios — TaskLanes</source>
        <translation>Szenarien — TaskLanes</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Length of one unit</source>
        <translation>Länge einer Einheit</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <source>What the tasks did</source>
        <translation>Was die Tasks taten</translation>
    </message>
    <message>
        <source>How the run ended</source>
        <translation>Wie der Lauf endete</translation>
    </message>
    <message>
        <source>Scenario toolbar</source>
        <translation>Szenario-Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (F5)</source>
        <translation>Das Szenario auf dem gewählten Modell ausführen (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the scenario as a file</source>
        <translation>Das Szenario als Datei speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Die Zeitleiste als PNG, SVG oder PDF exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save tr&amp;ace…</source>
        <translation>T&amp;race speichern…</translation>
    </message>
    <message>
        <source>Save the run as a Chrome trace (opens in Perfetto)</source>
        <translation>Den Lauf als Chrome-Trace speichern (öffnet sich in Perfetto)</translation>
    </message>
    <message>
        <source>&amp;Hand-off arrows</source>
        <translation>&amp;Übergabepfeile</translation>
    </message>
    <message>
        <source>Draw an arrow for every hand-off</source>
        <translation>Für jede Übergabe einen Pfeil zeichnen</translation>
    </message>
    <message>
        <source>Views of the scenario run</source>
        <translation>Ansichten des Szenario-Laufs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Zeit je Task</translation>
    </message>
    <message>
        <source>Both models</source>
        <translation>Beide Modelle</translation>
    </message>
    <message>
        <source>The run on threads</source>
        <translation>Der Lauf auf Threads</translation>
    </message>
    <message>
        <source>The run on the event loop</source>
        <translation>Der Lauf auf der Event-Loop</translation>
    </message>
    <message>
        <source>Run on &amp;both models</source>
        <translation>Auf &amp;beiden Modellen ausführen</translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+F5)</source>
        <translation>Das Szenario auf Threads und dann auf der Event-Loop ausführen und beide auf einer Zeitskala zeigen (Ctrl+F5)</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Scenario forms</source>
        <translation>Formulare des Szenarios</translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
    <message>
        <source>Both runs</source>
        <translation>Beide Läufe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty scenario: one task, no resources yet (Ctrl+N; undoable)</source>
        <translation>Ein leeres Szenario beginnen: eine Task, noch keine Ressourcen (Strg+N; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
</context>
<context>
    <name>TaskLanes::Autosave</name>
    <message>
        <source>%1; it could not be moved aside, and nothing will be saved over it</source>
        <translation>%1; die Datei ließ sich nicht beiseitelegen, und nichts wird über sie gespeichert</translation>
    </message>
    <message>
        <source>%1; it is kept as %2</source>
        <translation>%1; die Datei wird als %2 aufbewahrt</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ChartsPanel</name>
    <message>
        <source>Elapsed time per item</source>
        <translation>Laufzeit je Eintrag</translation>
    </message>
    <message>
        <source>Total, measured and ideal</source>
        <translation>Gesamt, gemessen und ideal</translation>
    </message>
</context>
<context>
    <name>TaskLanes::CompareView</name>
    <message>
        <source>Comparison of timelines</source>
        <translation>Vergleich der Zeitleisten</translation>
    </message>
    <message>
        <source>Press Run All: every variant that can take the queue runs, and their timelines line up here on one time axis.</source>
        <translation>„Alle ausführen“ drücken: Jede Variante, die die Warteschlange nehmen kann, läuft, und ihre Zeitleisten stehen hier auf einer Zeitachse untereinander.</translation>
    </message>
    <message>
        <source>Every run of the last Run All on one time axis. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit.</source>
        <translation>Alle Läufe des letzten „Alle ausführen“ auf einer Zeitachse. Mausrad oder +/- zoomt, Ziehen oder Pfeiltasten verschieben, Pos1 passt ein.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayView</name>
    <message>
        <source>Choose a parent and press Run: the day&apos;s timeline appears here.</source>
        <translation>Wählen Sie ein Elternteil und drücken Sie Ausführen: die Zeitleiste des Tages erscheint hier.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayWindow</name>
    <message>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source>0: never awaits</source>
        <translation>0: nie await</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Ein eigener</translation>
    </message>
    <message>
        <source>%v of %m intervals</source>
        <translation>%v von %m Intervallen</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Kids call at: %1</source>
        <translation>Kinder rufen um: %1</translation>
    </message>
    <message>
        <source>A household of your own.</source>
        <translation>Ein eigener Haushalt.</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Kann nicht ausführen: %1</translation>
    </message>
    <message>
        <source>the four parents</source>
        <translation>die vier Eltern</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Kann nicht durchlaufen: %1</translation>
    </message>
    <message>
        <source>the polling sweep</source>
        <translation>den Polling-Durchlauf</translation>
    </message>
    <message>
        <source>Running %1: %2 of about %3 units</source>
        <translation>%1 läuft: %2 von etwa %3 Einheiten</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1: angehalten.</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>angehalten.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>There is no day to export yet: run a parent first.</source>
        <translation>Es gibt noch keinen Tag zum Exportieren: lassen Sie zuerst ein Elternteil laufen.</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 geöffnet: %2</translation>
    </message>
    <message>
        <source>There is no day to save yet: run a parent first.</source>
        <translation>Es gibt noch keinen Tag zum Speichern: lassen Sie zuerst ein Elternteil laufen.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kann nicht exportieren</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save the day&apos;s trace</source>
        <translation>Den Trace des Tages speichern</translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation>Chrome-Traces (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>Kann den Trace nicht speichern</translation>
    </message>
    <message>
        <source>Open a household</source>
        <translation>Einen Haushalt öffnen</translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation>Haushaltsdateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the household</source>
        <translation>Kann den Haushalt nicht öffnen</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>Den Haushalt speichern</translation>
    </message>
    <message>
        <source>Cannot save the household</source>
        <translation>Kann den Haushalt nicht speichern</translation>
    </message>
    <message>
        <source>Polling sweep: at an interval of %1 the kids waited up to %2 units and %3 looks found nothing; at %4, up to %5 units and %6 looks found nothing.</source>
        <translation>Polling-Durchlauf: bei einem Intervall von %1 warteten die Kinder bis zu %2 Einheiten und %3 Blicke fanden nichts; bei %4 bis zu %5 Einheiten, und %6 Blicke fanden nichts.</translation>
    </message>
    <message>
        <source>%1 %2 is less than %3 units (0 is work that never awaits)</source>
        <translation>%1 %2 ist weniger als %3 Einheiten (0 ist Arbeit ohne await)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::Engine</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Ein Lauf ist schon im Gang; zuerst anhalten.</translation>
    </message>
    <message>
        <source>the system would not start the engine&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>das System hat den Thread der Engine nicht gestartet (ist die Grenze für Prozesse und Threads, ulimit -u, erreicht?)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportActions</name>
    <message>
        <source>Run a variant first: there is no chart to export yet.</source>
        <translation>Zuerst eine Variante ausführen: Es gibt noch kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Run a variant first: there is no timeline to export yet.</source>
        <translation>Zuerst eine Variante ausführen: Es gibt noch keine Zeitleiste zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Export Elapsed-Time Chart</source>
        <translation>Laufzeitdiagramm exportieren</translation>
    </message>
    <message>
        <source>Export Totals Chart</source>
        <translation>Summendiagramm exportieren</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportDialog</name>
    <message>
        <source>Images (*.png *.svg *.pdf);;PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Bilder (*.png *.svg *.pdf);;PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name ending in .png, .svg or .pdf.</source>
        <translation>Einen Dateinamen mit der Endung .png, .svg oder .pdf angeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::FileActions</name>
    <message>
        <source>Import Work Queue</source>
        <translation>Warteschlange importieren</translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json);;All files (*)</source>
        <translation>TaskLanes-Warteschlange (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert</numerusform>
            <numerusform>%n Einträge aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Work Queue</source>
        <translation>Warteschlange exportieren</translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json)</source>
        <translation>TaskLanes-Warteschlange (*.json)</translation>
    </message>
    <message>
        <source>Saved the queue to %1</source>
        <translation>Warteschlange in %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json);;All files (*)</source>
        <translation>TaskLanes-Trace (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation>Zuerst den Lauf anhalten.</translation>
    </message>
    <message>
        <source>Imported the queue from %1</source>
        <translation>Warteschlange aus %1 importiert</translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation>Trace speichern</translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json)</source>
        <translation>TaskLanes-Trace (*.json)</translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation>Trace nach %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>TaskLanes::GanttView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Press Run: the timeline of the run appears here, one lane per task.</source>
        <translation>„Ausführen“ drücken: Hier erscheint die Zeitleiste des Laufs, eine Spur je Aufgabe.</translation>
    </message>
    <message>
        <source>Task %1 — item %2: %3 %4</source>
        <translation>Task %1 — Eintrag %2: %3 %4</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Start: %1 ms   End: %2 ms%3</source>
        <translation>Beginn: %1 ms   Ende: %2 ms%3</translation>
    </message>
    <message>
        <source> (still going)</source>
        <translation> (läuft noch)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Gantt timeline of the run: one lane per task. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit; Ctrl+arrow keys go from bar to bar, Enter tells about the bar.</source>
        <translation>Gantt-Zeitleiste des Laufs: eine Spur je Aufgabe. Mausrad oder +/- zoomt, Ziehen oder Pfeiltasten verschieben, Pos1 passt ein; Strg+Pfeiltasten gehen von Balken zu Balken, Eingabe beschreibt den Balken.</translation>
    </message>
    <message>
        <source>Elapsed: %1 ms (%L2 units)</source>
        <translation>Dauer: %1 ms (%L2 Einheiten)</translation>
    </message>
    <message>
        <source>Task %1 — before its next item</source>
        <translation>Task %1 — vor ihrem nächsten Eintrag</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Wartet auf: %1</translation>
    </message>
</context>
<context>
    <name>TaskLanes::Guide</name>
    <message>
        <source>The models</source>
        <translation>Die Modelle</translation>
    </message>
    <message>
        <source>Every model runs the same work queue. Pick one in the list, press Run, and compare its timeline with the explanation below; Run All lines them all up on one time axis.</source>
        <translation>Jedes Modell arbeitet dieselbe Warteschlange ab. Eines in der Liste wählen, „Ausführen“ drücken und seine Zeitleiste mit der Erklärung unten vergleichen; „Alle ausführen“ stellt alle auf einer Zeitachse untereinander.</translation>
    </message>
    <message>
        <source>The colours</source>
        <translation>Die Farben</translation>
    </message>
    <message>
        <source>the task works on the CPU (counting, computing, holding the GIL)</source>
        <translation>die Aufgabe arbeitet auf der CPU (zählt, rechnet, hält die GIL)</translation>
    </message>
    <message>
        <source>the task&apos;s thread waits in a blocking call: nothing else runs on it</source>
        <translation>der Thread der Aufgabe wartet in einem blockierenden Aufruf: sonst läuft nichts auf ihm</translation>
    </message>
    <message>
        <source>the task waits without blocking: the event loop runs the others meanwhile</source>
        <translation>die Aufgabe wartet, ohne zu blockieren: die Ereignisschleife führt derweil die anderen aus</translation>
    </message>
    <message>
        <source>the item failed (hatched as well); hover it for the reason</source>
        <translation>der Eintrag schlug fehl (auch schraffiert); mit der Maus darüber steht der Grund</translation>
    </message>
    <message>
        <source>The dashed strip under each lane is the ideal schedule: the same model with no overhead at all. The gap between a lane and its strip is what the machine added.</source>
        <translation>Der gestrichelte Streifen unter jeder Spur ist der ideale Ablauf: dasselbe Modell ganz ohne Mehraufwand. Der Abstand zwischen Spur und Streifen ist das, was die Maschine hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Keys on the timeline</source>
        <translation>Tasten auf der Zeitleiste</translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation>+ / −, Mausrad</translation>
    </message>
    <message>
        <source>zoom in and out (around the mouse pointer)</source>
        <translation>vergrößern und verkleinern (um den Mauszeiger)</translation>
    </message>
    <message>
        <source>← / →, drag</source>
        <translation>← / →, Ziehen</translation>
    </message>
    <message>
        <source>pan along the time axis</source>
        <translation>entlang der Zeitachse verschieben</translation>
    </message>
    <message>
        <source>↑ / ↓, Shift+wheel</source>
        <translation>↑ / ↓, Umschalt+Mausrad</translation>
    </message>
    <message>
        <source>scroll through the lanes</source>
        <translation>durch die Spuren blättern</translation>
    </message>
    <message>
        <source>Home, Ctrl+0, double click</source>
        <translation>Pos1, Strg+0, Doppelklick</translation>
    </message>
    <message>
        <source>fit the whole run</source>
        <translation>den ganzen Lauf einpassen</translation>
    </message>
    <message>
        <source>Ctrl+← / Ctrl+→</source>
        <translation>Strg+← / Strg+→</translation>
    </message>
    <message>
        <source>select the previous or next bar in the lane</source>
        <translation>den vorigen oder nächsten Balken der Spur wählen</translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation>Strg+↑ / Strg+↓</translation>
    </message>
    <message>
        <source>select the bar at the same time in the lane above or below</source>
        <translation>den Balken zur selben Zeit in der Spur darüber oder darunter wählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>show the details of the selected bar</source>
        <translation>die Einzelheiten des gewählten Balkens zeigen</translation>
    </message>
    <message>
        <source>the task could go on but waits for its turn: the generators&apos; scheduler, an event loop busy with another task, or the GIL held by another thread</source>
        <translation>die Aufgabe könnte weitermachen, wartet aber, bis sie dran ist: auf den Scheduler der Generatoren, auf eine Ereignisschleife, die mit einer anderen Aufgabe beschäftigt ist, oder auf die GIL, die ein anderer Thread hält</translation>
    </message>
    <message>
        <source>Every model runs every kind of item as its Python twin would. Counting and computing are CPU work: they hold whatever runs them (the one thread of the sequential and cooperative programs, the event loop of the asynchronous ones, the GIL) and run beside other work only on threads without a GIL and in worker processes. A sleep or a fetch blocks its thread, unless an event loop awaits it. Beside the console, each run&apos;s notes say what it shows, with its figures.</source>
        <translation>Jedes Modell führt jede Art von Eintrag so aus, wie es sein Gegenstück in Python täte. Zählen und Rechnen sind CPU-Arbeit: sie halten fest, was sie ausführt (den einen Thread der sequentiellen und kooperativen Programme, die Ereignisschleife der asynchronen, die GIL), und laufen nur auf Threads ohne GIL und in Arbeitsprozessen neben anderer Arbeit. Schlafen oder Abrufen blockiert seinen Thread, es sei denn, eine Ereignisschleife wartet darauf. Neben der Konsole sagen die Hinweise jedes Laufs, was er zeigt, mit seinen Zahlen.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>A work queue is one shape of program. In a scenario (Run › Scenario) each task runs its own steps over shared locks, semaphores, events, conditions, barriers, queues and values, on OS threads or on one asyncio event loop. A task that waits for a resource is hatched, waiting for a resource, and its tooltip names the resource and who holds it; each hand-off (a release to the acquire it lets through, a put to its get, a set or notify to the waiter it wakes, the last arrival at a barrier to the others) is an arrow.</source>
        <translation>Eine Arbeitsqueue ist eine Form von Programm. In einem Szenario (Ausführen › Szenario) führt jede Task eigene Schritte über gemeinsame Locks, Semaphoren, Events, Conditions, Barrieren, Queues und Werte aus, auf Betriebssystem-Threads oder auf einer asyncio-Event-Loop. Eine Task, die auf eine Ressource wartet, ist schraffiert (wartet auf eine Ressource), und ihr Tooltip nennt die Ressource und wer sie hält; jede Übergabe (eine Freigabe zum Erwerb, den sie durchlässt, ein put zu seinem get, ein set oder notify zum Wartenden, den es weckt, die letzte Ankunft an einer Barriere zu den anderen) ist ein Pfeil.</translation>
    </message>
    <message>
        <source>Tasks that wait for each other&apos;s locks in a cycle are a deadlock: the run ends with the cycle named and drawn as a ring where it closed, instead of hanging. Tasks that wait for what no task can give any more (an event nobody will set, a lock held by a task that has ended) are a stall, ended the same way.</source>
        <translation>Tasks, die im Kreis auf die Locks der anderen warten, sind ein Deadlock: Der Lauf endet mit dem benannten Zyklus, als Ring gezeichnet, wo er sich schloss, statt zu hängen. Tasks, die auf etwas warten, das keine Task mehr geben kann (ein Event, das niemand setzen wird, ein Lock, das eine beendete Task hält), sind ein Stillstand und enden ebenso.</translation>
    </message>
    <message>
        <source>A read copies a value into the task&apos;s own copy and a write stores that copy plus what it adds, so anything between them can lose an update: another thread, and on the event loop an await. asyncio races too, only fewer places can switch: without an await between read and write, a coroutine cannot lose an update. The value&apos;s lane crosses out each write a later one overwrote.</source>
        <translation>Ein read kopiert einen Wert in die eigene Kopie der Task, und ein write speichert diese Kopie plus das, was es addiert; alles dazwischen kann also eine Aktualisierung verlieren: ein anderer Thread, und auf der Event-Loop ein await. Auch asyncio hat Wettrennen, nur an weniger Stellen kann gewechselt werden: Ohne await zwischen Lesen und Schreiben kann eine Koroutine keine Aktualisierung verlieren. Die Spur des Werts streicht jedes Schreiben durch, das ein späteres überschrieb.</translation>
    </message>
    <message>
        <source>The forms on the left of the scenario build one: resources (a name, a type and its amount), then each task&apos;s steps in order, a repeat holding steps of its own. A field says at once what is wrong with it, and what no field can see (a release of a lock the task does not hold, a write before its read) is said under the forms before Run will start. Each preset&apos;s twin shows its fix: the washer and dryer with one lock order cannot deadlock, the checkbook and the counter with a lock lose no update.</source>
        <translation>Die Formulare links bauen ein Szenario: Ressourcen (ein Name, ein Typ und seine Menge), dann die Schritte jeder Task der Reihe nach, ein repeat mit eigenen Schritten. Ein Feld sagt sofort, was an ihm falsch ist, und was kein Feld sehen kann (eine Freigabe eines Locks, das die Task nicht hält, ein write vor seinem read), steht unter den Formularen, bevor Ausführen startet. Der Zwilling jedes Presets zeigt die Lösung: Waschmaschine und Trockner mit einer Lock-Reihenfolge können nicht in einen Deadlock geraten, Scheckbuch und Zähler mit einem Lock verlieren kein Update.</translation>
    </message>
    <message>
        <source>The parent&apos;s day</source>
        <translation>Der Tag des Elternteils</translation>
    </message>
    <message>
        <source>The synchronous parent</source>
        <translation>Das synchrone Elternteil</translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the load into the washer, standing by it until it buzzes, into the dryer, standing by again, then folding. A kid who calls waits until the thing in hand is done: the worst wait is %1 units, and the laundry is done at %2, because nothing overlaps.</source>
        <translation>Eins nach dem anderen, jedes bis zum Ende: das Scheckbuch, dann die Ladung in die Waschmaschine, daneben warten, bis sie summt, in den Trockner, wieder warten, dann zusammenlegen. Ein Kind, das ruft, wartet, bis das Angefangene fertig ist: die längste Wartezeit ist %1 Einheiten, und die Wäsche ist bei %2 fertig, weil sich nichts überlappt.</translation>
    </message>
    <message>
        <source>The polling parent</source>
        <translation>Das pollende Elternteil</translation>
    </message>
    <message>
        <source>It loads the washer, then works on the checkbook and every interval stops to look at the machines and the kids. A look costs %1 units whether it finds anything or not (with less of the checkbook left than that, the parent finishes it first); a look that finds nothing is wasted. A look every 5 units keeps the worst wait at %2 units and wastes %3 of %4 looks; every 2 units, %5 units and %6 of %7. The polling sweep plots both against the interval.</source>
        <translation>Es belädt die Waschmaschine, arbeitet dann am Scheckbuch und hält nach jedem Intervall an, um nach den Maschinen und den Kindern zu schauen. Ein Blick kostet %1 Einheiten, ob er etwas findet oder nicht (ist weniger als das vom Scheckbuch übrig, macht das Elternteil es zuerst fertig); ein Blick, der nichts findet, ist vergeblich. Ein Blick alle 5 Einheiten hält die längste Wartezeit bei %2 Einheiten und verschwendet %3 von %4 Blicken; alle 2 Einheiten %5 Einheiten und %6 von %7. Der Polling-Durchlauf trägt beides über dem Intervall auf.</translation>
    </message>
    <message>
        <source>The threading parent</source>
        <translation>Das Elternteil mit Threads</translation>
    </message>
    <message>
        <source>The async parent</source>
        <translation>Das Async-Elternteil</translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments, run (Run › Parent&apos;s Day): a parent balances the checkbook (the parent&apos;s own work), does the laundry (the washer and the dryer run on their own and buzz; each load needs handling: into the washer, into the dryer, out and folded) and watches the kids, who call at moments nobody knows in advance. A call&apos;s latency is the time from the call to the moment attention begins. The figures below are the tutorial&apos;s day (checkbook 20, washer 30, dryer 40, handling 2, calls at 5, 17 and 33, attention 1) with no overhead at all, the ideal each run is drawn against. A run adds what the machine adds: the timers&apos; jitter and, for the clones, more threads than cores.</source>
        <translation>Die Gedankenexperimente des Tutorials, ausgeführt (Ausführen › Tag des Elternteils): ein Elternteil gleicht das Scheckbuch ab (seine eigene Arbeit), macht die Wäsche (Waschmaschine und Trockner laufen allein und summen; jede Ladung braucht Handgriffe: in die Waschmaschine, in den Trockner, heraus und zusammengelegt) und passt auf die Kinder auf, die zu Zeitpunkten rufen, die niemand vorher kennt. Die Wartezeit eines Rufs ist die Zeit vom Ruf bis zum Beginn der Zuwendung. Die Zahlen unten sind der Tag aus dem Tutorial (Scheckbuch 20, Waschmaschine 30, Trockner 40, Handgriffe 2, Rufe bei 5, 17 und 33, Zuwendung 1) ganz ohne Mehraufwand, das Ideal, neben dem jeder Lauf gezeichnet wird. Ein Lauf fügt hinzu, was die Maschine hinzufügt: das Zittern der Timer und, bei den Klonen, mehr Threads als Kerne.</translation>
    </message>
    <message>
        <source>A clone for each chore, on real threads: the washer&apos;s clone, the dryer&apos;s, two clones paying bills from one balance, and one for each kid, so each call is answered as it comes. As the tutorial tells it, the washer&apos;s clone holds the washer and wants the dryer to move the clothes, while the dryer&apos;s clone holds the dryer and wants the washer: a deadlock, and the laundry is never done. The bill payers both read the balance before either writes it: one payment is lost, and the checkbook says there is more money than there is. With --fix (the check box) both machines are taken washer first and a lock guards each payment: the laundry is done at %1 and no payment is lost. The clones run as a scenario, so the deadlock is found and named as in the lab.</source>
        <translation>Ein Klon für jede Aufgabe, auf echten Threads: der Klon der Waschmaschine, der des Trockners, zwei Klone, die Rechnungen von einem Kontostand bezahlen, und einer für jedes Kind, sodass jeder Ruf beantwortet wird, sobald er kommt. Wie das Tutorial es erzählt, hält der Klon der Waschmaschine die Waschmaschine und will den Trockner, um die Wäsche umzuladen, während der Klon des Trockners den Trockner hält und die Waschmaschine will: ein Deadlock, und die Wäsche wird nie fertig. Die Zahler lesen beide den Kontostand, bevor einer ihn schreibt: eine Zahlung geht verloren, und das Scheckbuch zeigt mehr Geld, als da ist. Mit --fix (dem Kontrollkästchen) werden beide Maschinen mit der Waschmaschine zuerst genommen, und eine Sperre schützt jede Zahlung: die Wäsche ist bei %1 fertig, und keine Zahlung geht verloren. Die Klone laufen als Szenario, sodass der Deadlock wie im Labor gefunden und benannt wird.</translation>
    </message>
    <message>
        <source>One parent on one event loop: each buzzer and each call is a timer, the laundry and the checkbook are coroutines, and their work goes in pieces of --step units (0.25 by default) with an await between. A call waits a few pieces: as in asyncio, its timer&apos;s callback and then its coroutine take their turns behind the chores&apos; pieces. The worst wait is %1 units, and the laundry is done at %2 because the machines run while the parent works on the checkbook. Attention is given whole. With pieces of 0, work that never awaits, the checkbook holds the loop and the worst wait grows to %3 units: async helps only where the code awaits.</source>
        <translation>Ein Elternteil auf einer Ereignisschleife: jeder Summer und jeder Ruf ist ein Timer, Wäsche und Scheckbuch sind Koroutinen, und ihre Arbeit geht in Stücken von --step Einheiten (standardmäßig 0,25) mit einem await dazwischen. Ein Ruf wartet einige Stücke: wie in asyncio kommen erst der Callback seines Timers und dann seine Koroutine hinter den Stücken der Aufgaben an die Reihe. Die längste Wartezeit ist %1 Einheiten, und die Wäsche ist bei %2 fertig, weil die Maschinen laufen, während das Elternteil am Scheckbuch arbeitet. Zuwendung wird am Stück gegeben. Mit Stücken von 0, Arbeit ohne await, hält das Scheckbuch die Schleife fest, und die längste Wartezeit wächst auf %3 Einheiten: async hilft nur, wo der Code await sagt.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>TaskLanes shows %1 after a restart.</source>
        <translation>TaskLanes zeigt %1 nach einem Neustart.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Close TaskLanes and start it again in the chosen language; the queue and the settings are kept</source>
        <translation>TaskLanes schließen und in der gewählten Sprache wieder starten; Warteschlange und Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>TaskLanes::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Speed: 1 unit =</source>
        <translation>Tempo: 1 Einheit =</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Milliseconds per unit</source>
        <translation>Millisekunden je Einheit</translation>
    </message>
    <message>
        <source>How long one unit (the tutorial&apos;s second) lasts in this app</source>
        <translation>Wie lange eine Einheit (die Sekunde des Tutorials) in dieser App dauert</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Noch kein Lauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pick a variant, edit the queue if you like, and press Run (Ctrl+R).</source>
        <translation>Eine Variante wählen, nach Belieben die Warteschlange bearbeiten und „Ausführen“ drücken (Strg+R).</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this hint (Help › Show the First-Run Hint brings it back)</source>
        <translation>Diesen Hinweis ausblenden (Hilfe › Einstiegshinweis wieder zeigen holt ihn zurück)</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>Leitfaden zu den Modellen</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) not shown here (export the trace to keep them all)</source>
        <translation>
            <numerusform>… %n Zeile hier nicht gezeigt (die Trace exportieren, um alle zu behalten)</numerusform>
            <numerusform>… %n Zeilen hier nicht gezeigt (die Trace exportieren, um alle zu behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 lässt sich nicht ausführen: %2</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation>Zuerst den Lauf anhalten.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Copied the charts to the clipboard</source>
        <translation>Diagramme in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Could not autosave the queue: %1</source>
        <translation>Die Warteschlange ließ sich nicht automatisch speichern: %1</translation>
    </message>
    <message>
        <source>The saved queue could not be read (%1); starting from the tutorial&apos;s queue.</source>
        <translation>Die gespeicherte Warteschlange war nicht lesbar (%1); es geht mit der Warteschlange des Tutorials los.</translation>
    </message>
    <message>
        <source>About TaskLanes</source>
        <translation>Über TaskLanes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TaskLanes %1&lt;/h3&gt;&lt;p&gt;A lab for concurrency models: the programs of the tutorial &quot;Getting Started With Async Features in Python&quot; run on real threads and a real event loop, drawn as timelines.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and QCoro %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TaskLanes %1&lt;/h3&gt;&lt;p&gt;Ein Labor für Nebenläufigkeitsmodelle: Die Programme des Tutorials „Getting Started With Async Features in Python“ laufen auf echten Threads und einer echten Ereignisschleife und werden als Zeitleisten gezeichnet.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2 (läuft auf %3) und QCoro %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%1 stopped after %L2 s</source>
        <translation>%1 nach %L2 s angehalten</translation>
    </message>
    <message>
        <source>%1 finished in %L2 units (%L3 s); ideal %L4 units</source>
        <translation>%1 fertig nach %L2 Einheiten (%L3 s); ideal %L4 Einheiten</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3 items on %4 tasks, %L5 units (ideal %L6).</source>
        <translation>%1 geöffnet: %2, %3 Einträge auf %4 Aufgaben, %L5 Einheiten (ideal %L6).</translation>
    </message>
    <message>
        <source>Many worker processes</source>
        <translation>Viele Worker-Prozesse</translation>
    </message>
    <message>
        <source>The processes model starts one worker process per task: %1 of them for %2 cores. Each costs a process start and its memory, and no more than %2 can compute at a time. Start them?</source>
        <translation>Das Prozessmodell startet einen Worker-Prozess pro Task: %1 davon für %2 Kerne. Jeder kostet einen Prozessstart und seinen Speicher, und nicht mehr als %2 können gleichzeitig rechnen. Starten?</translation>
    </message>
    <message>
        <source>GIL s&amp;witch:</source>
        <translation>GIL-We&amp;chsel:</translation>
    </message>
    <message>
        <source>GIL switch interval</source>
        <translation>Umschaltintervall der GIL</translation>
    </message>
    <message>
        <source>Threads under a GIL: how long a thread may keep the GIL once another asks for it (CPython&apos;s sys.setswitchinterval; 5 ms by default). Real milliseconds, whatever the speed.</source>
        <translation>Threads unter einer GIL: wie lange ein Thread die GIL behalten darf, wenn ein anderer sie verlangt (sys.setswitchinterval von CPython; 5 ms als Vorgabe). Echte Millisekunden, unabhängig von der Geschwindigkeit.</translation>
    </message>
    <message>
        <source>New here? The queue holds the tutorial&apos;s sleeps. Press Run with &lt;b&gt;Cooperative with blocking sleep&lt;/b&gt;, then pick &lt;b&gt;Asynchronous&lt;/b&gt; and Run again: the same sleeps take 32 units, then 17, because on an event loop waits overlap. Then pick the preset &lt;b&gt;Tutorial: count 15, 10, 5, 2&lt;/b&gt; and run both again: counting is CPU work, and takes 32 units either way. &lt;b&gt;Run All&lt;/b&gt; lines every model up on one time axis. Help › Guide (F1) says what to look for. &lt;b&gt;Scenario&lt;/b&gt;, at the left of the tool bar, puts the scenario lab in the queue&apos;s place: tasks with locks, events and queues, deadlocks and races.</source>
        <translation>Neu hier? Die Warteschlange enthält die Schlafzeiten des Tutorials. Drücken Sie Ausführen mit &lt;b&gt;Kooperativ mit blockierendem Schlafen&lt;/b&gt;, wählen Sie dann &lt;b&gt;Asynchron&lt;/b&gt; und führen Sie erneut aus: dieselben Schlafzeiten dauern 32 Einheiten, dann 17, weil sich Wartezeiten auf einer Ereignisschleife überlappen. Wählen Sie dann die Vorlage &lt;b&gt;Tutorial: zählen 15, 10, 5, 2&lt;/b&gt; und führen Sie beide noch einmal aus: Zählen ist CPU-Arbeit und dauert so oder so 32 Einheiten. &lt;b&gt;Alle ausführen&lt;/b&gt; stellt jedes Modell auf einer Zeitachse nebeneinander. Hilfe › Anleitung (F1) sagt, worauf zu achten ist. &lt;b&gt;Szenario&lt;/b&gt; links in der Werkzeugleiste setzt das Szenario-Labor an die Stelle der Warteschlange: Tasks mit Locks, Events und Queues, Deadlocks und Wettläufe.</translation>
    </message>
    <message>
        <source>Nothing more to note about this run: its timeline shows it all.</source>
        <translation>Zu diesem Lauf gibt es nichts weiter anzumerken: seine Zeitleiste zeigt alles.</translation>
    </message>
    <message>
        <source>Made for URLs: the preset “Demo server” has the tutorial&apos;s pages. Any other item runs as it is.</source>
        <translation>Für URLs gedacht: die Vorlage „Demo-Server“ enthält die Seiten des Tutorials. Jeder andere Eintrag läuft so, wie er ist.</translation>
    </message>
    <message>
        <source>Runs every item as it is; plain numbers (--queue 15,10,5,2) become %1.</source>
        <translation>Führt jeden Eintrag so aus, wie er ist; einfache Zahlen (--queue 15,10,5,2) werden zu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) failed:</source>
        <translation>
            <numerusform>%1: %n Eintrag ist fehlgeschlagen:</numerusform>
            <numerusform>%1: %n Einträge sind fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1 (%2 %3): %4</source>
        <translation>  Eintrag %1 (%2 %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  und %n weiterer</numerusform>
            <numerusform>  und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) failed (see the console)</source>
        <translation>
            <numerusform>%1 — %n Eintrag fehlgeschlagen (siehe Konsole)</numerusform>
            <numerusform>%1 — %n Einträge fehlgeschlagen (siehe Konsole)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variants and work queue</source>
        <translation>Varianten und Arbeitsqueue</translation>
    </message>
    <message>
        <source>Work &amp;Queue</source>
        <translation>Arbeits&amp;warteschlange</translation>
    </message>
    <message>
        <source>The tutorial&apos;s program: tasks sharing a work queue, on the variant chosen</source>
        <translation>Das Programm des Tutorials: Tasks, die sich eine Warteschlange teilen, auf der gewählten Variante</translation>
    </message>
    <message>
        <source>A scenario: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values, on threads or the event loop (Ctrl+Shift+L)</source>
        <translation>Ein Szenario: jede Task mit eigenen Schritten über Locks, Semaphore, Events, Conditions, Barrieren, Queues und Werte, auf Threads oder der Event-Loop (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (Ctrl+R)</source>
        <translation>Das Szenario auf dem gewählten Modell ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation>Die gewählte Variante auf der Warteschlange ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+Shift+R)</source>
        <translation>Das Szenario auf Threads und dann auf der Event-Loop ausführen und beide auf einer Zeitskala zeigen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation>Jede Variante, die diese Warteschlange nehmen kann, nacheinander ausführen und vergleichen (Strg+Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %L1 s: %n item(s) cut short, drawn as stopped; the items not begun were not run.</source>
        <translation>
            <numerusform>Nach %L1 s angehalten: %n Eintrag abgebrochen, als angehalten gezeichnet; nicht begonnene Einträge liefen nicht.</numerusform>
            <numerusform>Nach %L1 s angehalten: %n Einträge abgebrochen, als angehalten gezeichnet; nicht begonnene Einträge liefen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no run to save yet.</source>
        <translation>Es gibt noch keinen Lauf zum Speichern.</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Tempo: %1</translation>
    </message>
    <message>
        <source>GIL switch: %1</source>
        <translation>GIL-Wechsel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln item(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Eintrag</numerusform>
            <numerusform>%L1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;Day</source>
        <translation>&amp;Tag des Elternteils</translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments: a synchronous, a polling, a threading and an async parent through one household&apos;s day, measured (Ctrl+Shift+D)</source>
        <translation>Die Gedankenexperimente des Tutorials: ein synchrones, ein pollendes, ein Thread- und ein Async-Elternteil durch den Tag eines Haushalts, gemessen (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Run the chosen parent through the day (Ctrl+R)</source>
        <translation>Das gewählte Elternteil durch den Tag laufen lassen (Strg+R)</translation>
    </message>
    <message>
        <source>Run the four parents through the day, one after the other, and chart them side by side (Ctrl+Shift+R)</source>
        <translation>Die vier Eltern nacheinander durch den Tag laufen lassen und nebeneinander darstellen (Strg+Umschalt+R)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::NumberSpin</name>
    <message>
        <source>%1 is not between %2 and %3; it stays %4</source>
        <translation>%1 liegt nicht zwischen %2 und %3; es bleibt %4</translation>
    </message>
</context>
<context>
    <name>TaskLanes::QueueEditor</name>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>Move items</source>
        <translation>Einträge verschieben</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/delay/300</source>
        <translation>http://127.0.0.1:8080/delay/300</translation>
    </message>
    <message>
        <source>whole number of units, 0 to %1</source>
        <translation>ganze Zahl von Einheiten, 0 bis %1</translation>
    </message>
    <message>
        <source>Type a value, then Add (Enter).</source>
        <translation>Einen Wert eingeben, dann Hinzufügen (Eingabe).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate items</source>
        <translation>Einträge duplizieren</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Einträge entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unit(s) in all</source>
        <translation>
            <numerusform>, insgesamt %n Einheit</numerusform>
            <numerusform>, insgesamt %n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n URL(s)</source>
        <translation>
            <numerusform>, %n URL</numerusform>
            <numerusform>, %n URLs</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tasks: %1</translation>
    </message>
    <message>
        <source>Row %1 keeps its value: %2</source>
        <translation>Zeile %1 behält ihren Wert: %2</translation>
    </message>
</context>
<context>
    <name>TaskLanes::RunController</name>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>The queue is empty: add an item or pick a preset.</source>
        <translation>Die Warteschlange ist leer: einen Eintrag hinzufügen oder eine Vorlage wählen.</translation>
    </message>
    <message>
        <source>Skipping %1: they cannot run this queue&apos;s items.</source>
        <translation>%1 übersprungen: Sie können die Einträge dieser Warteschlange nicht ausführen.</translation>
    </message>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Ein Lauf ist schon im Gang; zuerst anhalten.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::RunSequence</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Ein Lauf ist schon im Gang; zuerst anhalten.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioChartView</name>
    <message>
        <source>Time per task</source>
        <translation>Zeit je Task</translation>
    </message>
    <message>
        <source>Each task&apos;s time: running, sleeping, ready, waiting on each resource</source>
        <translation>Die Zeit jeder Task: läuft, schläft, bereit, wartet auf jede Ressource</translation>
    </message>
    <message>
        <source>After a run: where each task&apos;s time went.</source>
        <translation>Nach einem Lauf: wohin die Zeit jeder Task ging.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioEditor</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>units, e.g. 1 or 0.5</source>
        <translation>Einheiten, z. B. 1 oder 0.5</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>z. B. 3</translation>
    </message>
    <message numerus="yes">
        <source>Ready to run: %n task(s)</source>
        <translation>
            <numerusform>Bereit zum Ausführen: %n Task</numerusform>
            <numerusform>Bereit zum Ausführen: %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s).</source>
        <translation>
            <numerusform>%n Ressource.</numerusform>
            <numerusform>%n Ressourcen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run yet: %1.</source>
        <translation>Kann noch nicht laufen: %1.</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>Der Titel ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>Set the title</source>
        <translation>Titel setzen</translation>
    </message>
    <message>
        <source>a number, e.g. 100</source>
        <translation>eine Zahl, z. B. 100</translation>
    </message>
    <message>
        <source>Change the selected resource&apos;s fields, or type another name to add a new one.</source>
        <translation>Ändern Sie die Felder der ausgewählten Ressource, oder geben Sie einen anderen Namen ein, um eine neue hinzuzufügen.</translation>
    </message>
    <message>
        <source>Name a lock, a semaphore, a queue… and add it; the steps below can then use it.</source>
        <translation>Benennen Sie einen Lock, einen Semaphor, eine Queue… und fügen Sie ihn hinzu; die Schritte unten können ihn dann verwenden.</translation>
    </message>
    <message>
        <source>The scenario has %1 resources, as many as it can.</source>
        <translation>Das Szenario hat %1 Ressourcen, so viele, wie es haben kann.</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ressource %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change resource %1</source>
        <translation>Ressource %1 ändern</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Ressource %1 entfernen</translation>
    </message>
    <message>
        <source>(a plain wait)</source>
        <translation>(ein einfaches Warten)</translation>
    </message>
    <message>
        <source>The item put into the queue</source>
        <translation>Das Element, das in die Queue kommt</translation>
    </message>
    <message>
        <source>What the write adds to the task&apos;s copy of the value</source>
        <translation>Was das write zur Kopie des Werts in der Task addiert</translation>
    </message>
    <message>
        <source>%1 needs a resource it can work on: add one under Resources</source>
        <translation>%1 braucht eine Ressource, mit der es arbeiten kann: fügen Sie eine unter Ressourcen hinzu</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2</source>
        <translation>%1 liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>%1 has more than 15 digits</source>
        <translation>%1 hat mehr als 15 Stellen</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 is needed</source>
        <translation>eine ganze Zahl von 1 bis %1 ist nötig</translation>
    </message>
    <message>
        <source>Add it after the selected step, or apply it to that step.</source>
        <translation>Fügen Sie ihn nach dem ausgewählten Schritt hinzu, oder übernehmen Sie ihn für diesen Schritt.</translation>
    </message>
    <message>
        <source>Add it at the end of %1&apos;s steps.</source>
        <translation>Fügen Sie ihn am Ende der Schritte von %1 hinzu.</translation>
    </message>
    <message>
        <source>Add step %1 to %2</source>
        <translation>Schritt %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>This repeat holds steps: move or remove them before it becomes another step.</source>
        <translation>Dieses repeat enthält Schritte: verschieben oder entfernen Sie sie, bevor es ein anderer Schritt wird.</translation>
    </message>
    <message>
        <source>Change step %1 of %2</source>
        <translation>Schritt %1 von %2 ändern</translation>
    </message>
    <message>
        <source>Duplicate a step of %1</source>
        <translation>Einen Schritt von %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove step %1 of %2</source>
        <translation>Schritt %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Move a step of %1 up</source>
        <translation>Einen Schritt von %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move a step of %1 down</source>
        <translation>Einen Schritt von %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move a step of %1</source>
        <translation>Einen Schritt von %1 verschieben</translation>
    </message>
    <message>
        <source>The scenario has %1 tasks, as many as it can.</source>
        <translation>Das Szenario hat %1 Tasks, so viele, wie es haben kann.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Task %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Task %1 entfernen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioView</name>
    <message>
        <source>Scenario timeline</source>
        <translation>Szenario-Zeitleiste</translation>
    </message>
    <message>
        <source>Each task&apos;s states, each resource over time, and arrows for the hand-offs</source>
        <translation>Die Zustände jeder Task, jede Ressource über die Zeit und Pfeile für die Übergaben</translation>
    </message>
    <message>
        <source>Pick a scenario and press Run: each task gets a lane, each resource one below them, and every hand-off an arrow.</source>
        <translation>Wählen Sie ein Szenario und drücken Sie Ausführen: Jede Task bekommt eine Spur, jede Ressource eine darunter und jede Übergabe einen Pfeil.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioWindow</name>
    <message>
        <source>Threads (threading)</source>
        <translation>Threads (threading)</translation>
    </message>
    <message>
        <source>Event loop (asyncio)</source>
        <translation>Event-Loop (asyncio)</translation>
    </message>
    <message>
        <source>What each task does, as it happens.</source>
        <translation>Was jede Task tut, während es geschieht.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Aus %1.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Ein Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Szenariodateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Das Szenario speichern</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Das Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Die Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Bilder (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the timeline</source>
        <translation>Die Zeitleiste kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Save the trace</source>
        <translation>Den Trace speichern</translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation>Chrome-Traces (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>Der Trace kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Running on threads…</source>
        <translation>Läuft auf Threads…</translation>
    </message>
    <message>
        <source>Running on the event loop…</source>
        <translation>Läuft auf der Event-Loop…</translation>
    </message>
    <message>
        <source>On threads: %1
On the event loop: %2</source>
        <translation>Auf Threads: %1
Auf der Event-Loop: %2</translation>
    </message>
    <message>
        <source>A run read back from %1.</source>
        <translation>Ein aus %1 gelesener Lauf.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Could not autosave the scenario: %1</source>
        <translation>Das Szenario ließ sich nicht automatisch speichern: %1</translation>
    </message>
    <message>
        <source>Your scenario</source>
        <translation>Ihr Szenario</translation>
    </message>
    <message>
        <source>The scenario you were editing.</source>
        <translation>Das Szenario, das Sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read: %1</source>
        <translation>Das automatisch gespeicherte Szenario ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Load “%1”</source>
        <translation>„%1“ laden</translation>
    </message>
    <message>
        <source>Edited: this is no longer “%1” as it came, so what it said to look for may not hold. Undo (Ctrl+Z) goes back step by step.</source>
        <translation>Bearbeitet: Das ist nicht mehr „%1“ wie geliefert, also stimmt vielleicht nicht mehr, worauf es zu achten hieß. Rückgängig (Strg+Z) geht Schritt für Schritt zurück.</translation>
    </message>
    <message>
        <source>Cannot run yet: %1</source>
        <translation>Kann noch nicht laufen: %1</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: %1 (Strg+Umschalt+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Task</numerusform>
            <numerusform>%n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Task %1</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>An empty scenario: add its resources on the left, then each task&apos;s steps.</source>
        <translation>Ein leeres Szenario: fügen Sie links seine Ressourcen hinzu, dann die Schritte jeder Task.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::WorkQueueModel</name>
    <message>
        <source>Item %1: %2 %3</source>
        <translation>Eintrag %1: %2 %3</translation>
    </message>
    <message>
        <source>Enter a whole number of units.</source>
        <translation>Eine ganze Zahl von Einheiten eingeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>“%1” is not a kind (%2)</source>
        <translation>„%1“ ist keine Art (%2)</translation>
    </message>
</context>
<context>
    <name>TraceImport</name>
    <message>
        <source>not a trace written by TaskLanes (no &quot;traceEvents&quot; with &quot;otherData.variant&quot;)</source>
        <translation>keine von TaskLanes geschriebene Trace (kein „traceEvents“ mit „otherData.variant“)</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation>unbekannte Variante „%1“</translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation>„unit_ms“ fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing</source>
        <translation>„total_ms“ fehlt</translation>
    </message>
    <message>
        <source>event %1 is damaged (lane, item index, ts or dur)</source>
        <translation>Ereignis %1 ist beschädigt (Spur, Eintragsindex, ts oder dur)</translation>
    </message>
    <message>
        <source>event %1 has an unknown state &quot;%2&quot;</source>
        <translation>Ereignis %1 hat einen unbekannten Zustand „%2“</translation>
    </message>
    <message>
        <source>item %1 appears twice</source>
        <translation>Eintrag %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>item %1 has an unknown kind</source>
        <translation>Eintrag %1 hat eine unbekannte Art</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the trace has no work events</source>
        <translation>die Trace enthält keine Arbeitsereignisse</translation>
    </message>
    <message>
        <source>item %1 is missing: the trace is incomplete</source>
        <translation>Eintrag %1 fehlt: die Trace ist unvollständig</translation>
    </message>
    <message>
        <source>a state event names item %1, which has no work event</source>
        <translation>ein Zustandsereignis nennt Eintrag %1, der kein Arbeitsereignis hat</translation>
    </message>
    <message>
        <source>a state event of item %1 is on another task than its work event</source>
        <translation>ein Zustandsereignis von Element %1 liegt auf einem anderen Task als sein Arbeitsereignis</translation>
    </message>
    <message>
        <source>event %1 is damaged (its state)</source>
        <translation>Ereignis %1 ist beschädigt (sein Zustand)</translation>
    </message>
    <message>
        <source>a state event is on a task the trace does not have</source>
        <translation>ein Zustandsereignis liegt auf einer Aufgabe, die die Aufzeichnung nicht hat</translation>
    </message>
</context>
<context>
    <name>Variant</name>
    <message>
        <source>Synchronous (sequential calls)</source>
        <translation>Synchron (Aufrufe nacheinander)</translation>
    </message>
    <message>
        <source>Cooperative (generators)</source>
        <translation>Kooperativ (Generatoren)</translation>
    </message>
    <message>
        <source>Cooperative with blocking sleep</source>
        <translation>Kooperativ mit blockierendem Schlaf</translation>
    </message>
    <message>
        <source>Asynchronous (event loop)</source>
        <translation>Asynchron (Ereignisschleife)</translation>
    </message>
    <message>
        <source>Blocking HTTP (generators)</source>
        <translation>Blockierendes HTTP (Generatoren)</translation>
    </message>
    <message>
        <source>Generators that each take a URL and fetch it with a blocking GET, yielding once per page. While one GET waits for the server nothing else runs: on the timeline the spans follow each other and the total is the sum of the response times.</source>
        <translation>Generatoren, die je eine URL nehmen und sie mit einem blockierenden GET abrufen, einmal je Seite abgebend. Solange ein GET auf den Server wartet, läuft nichts anderes: Auf der Zeitleiste folgen die Abschnitte aufeinander, und die Gesamtzeit ist die Summe der Antwortzeiten.</translation>
    </message>
    <message>
        <source>Non-blocking HTTP (event loop)</source>
        <translation>Nicht blockierendes HTTP (Ereignisschleife)</translation>
    </message>
    <message>
        <source>Processes (worker processes)</source>
        <translation>Prozesse (Arbeitsprozesse)</translation>
    </message>
    <message>
        <source>Threads under a GIL</source>
        <translation>Threads unter einer GIL</translation>
    </message>
    <message>
        <source>queue item %1 (%2 %3) cannot run under &apos;%4&apos;, which takes %5 items</source>
        <translation>Warteschlangeneintrag %1 (%2 %3) kann unter „%4“ nicht laufen, das Einträge vom Typ %5 ausführt</translation>
    </message>
    <message>
        <source>Coroutines that await non-blocking GETs on one event loop: while one task waits for a page the others send their requests, so the waits overlap and the total is about the longest lane. Up to 100 requests are in flight at once, as in aiohttp&apos;s default session; beyond that, a request waits for a free connection.</source>
        <translation>Coroutinen, die auf einer Ereignisschleife auf nicht blockierende GETs warten: während eine Aufgabe auf eine Seite wartet, senden die anderen ihre Anfragen, so überlappen sich die Wartezeiten, und die Gesamtzeit ist etwa die der längsten Spur. Bis zu 100 Anfragen sind zugleich unterwegs, wie in der Standardsitzung von aiohttp; darüber hinaus wartet eine Anfrage auf eine freie Verbindung.</translation>
    </message>
    <message>
        <source>Asynchronous with a process pool</source>
        <translation>Asynchron mit einem Prozesspool</translation>
    </message>
    <message>
        <source>The event loop of the asynchronous variant, with every counting or computing item sent to a pool of worker processes (loop.run_in_executor with a ProcessPoolExecutor, one process per task) and awaited; sleeps and fetches are awaited as before. The loop stays free while the CPU work runs in parallel: on compute items it is faster than the asynchronous variant by up to as many times as there are cores, on sleeps it equals it, and the workers&apos; start shows at the beginning.</source>
        <translation>Die Ereignisschleife der asynchronen Variante, wobei jeder Zähl- oder Recheneintrag an einen Pool von Arbeitsprozessen geht (loop.run_in_executor mit einem ProcessPoolExecutor, ein Prozess je Aufgabe) und erwartet wird; auf Schlafen und Abrufen wird wie zuvor gewartet. Die Schleife bleibt frei, während die CPU-Arbeit parallel läuft: bei Recheneinträgen ist sie bis zu so viele Male schneller als die asynchrone Variante, wie es Kerne gibt, bei Schlafen gleich schnell, und der Start der Arbeitsprozesse zeigt sich am Anfang.</translation>
    </message>
    <message>
        <source>Each task is a generator that yields after every counting step; a scheduler loop resumes the tasks in turn, and a task waiting for its turn shows as ready. On the timeline the lanes interleave step by step, yet the total is the same as the synchronous one: taking turns does not make CPU work faster. Only counting yields: a sleep, a fetch or a computation runs to its end and holds every task, as it would in Python.</source>
        <translation>Jede Aufgabe ist ein Generator, der nach jedem Zählschritt abgibt; eine Scheduler-Schleife setzt die Aufgaben reihum fort, und eine Aufgabe, die darauf wartet, dran zu sein, erscheint als bereit. Auf der Zeitleiste wechseln sich die Spuren Schritt für Schritt ab, doch die Gesamtzeit ist dieselbe wie beim synchronen Programm: Abwechseln macht CPU-Arbeit nicht schneller. Nur Zählen gibt ab: Schlafen, Abrufen oder eine Berechnung läuft bis zu ihrem Ende und hält jede Aufgabe fest, wie es in Python wäre.</translation>
    </message>
    <message>
        <source>Generators again, but each task does one item to its end, blocking, and then yields. While one task sleeps nothing else can run: the others are ready, waiting for their turn, the spans follow each other and never overlap, and the total is the sum of all items.</source>
        <translation>Wieder Generatoren, aber jede Aufgabe erledigt einen Eintrag blockierend bis zum Ende und gibt dann ab. Solange eine Aufgabe schläft, kann nichts anderes laufen: die anderen sind bereit und warten, bis sie dran sind, die Abschnitte folgen aufeinander und überlappen sich nie, und die Gesamtzeit ist die Summe aller Einträge.</translation>
    </message>
    <message>
        <source>One worker process per task (this program in worker mode), fed items over pipes by whichever worker asks next. Real CPU parallelism like threads, at a price: each process must start (visible at the start of each lane), every item and its result is copied over a pipe, and the processes share no memory.</source>
        <translation>Ein Arbeitsprozess je Aufgabe (dieses Programm im Arbeitsmodus), der seine Einträge über Pipes bekommt, je nachdem, welcher als Nächster fragt. Echte CPU-Parallelität wie bei Threads, zu einem Preis: jeder Prozess muss starten (sichtbar am Anfang jeder Spur), jeder Eintrag und sein Ergebnis wird über eine Pipe kopiert, und die Prozesse teilen keinen Speicher.</translation>
    </message>
    <message>
        <source>Each task is a plain function, called one after the other. Task One takes items until the queue is empty, so it does all the work while Task Two finds nothing to do, whatever the items are: counting, computing, sleeping and fetching all hold the one thread. On the timeline: one busy lane, one empty lane.</source>
        <translation>Jede Aufgabe ist eine einfache Funktion, die nacheinander aufgerufen wird. Task One nimmt Einträge, bis die Warteschlange leer ist, und erledigt so die ganze Arbeit, während Task Two nichts zu tun findet, was auch immer die Einträge sind: Zählen, Rechnen, Schlafen und Abrufen halten alle den einen Thread fest. Auf der Zeitleiste: eine volle Spur, eine leere.</translation>
    </message>
    <message>
        <source>Threads without a GIL (QThreadPool)</source>
        <translation>Threads ohne GIL (QThreadPool)</translation>
    </message>
    <message>
        <source>One OS thread per task, taking items from a shared queue under a lock, with blocking calls. Sleeps and fetches overlap across threads, and counting and computing overlap too, as far as there are CPU cores: this is free-threaded Python (3.13t and later) or C code that releases the GIL, not standard CPython (see Threads under a GIL). On a 2-core machine two computing threads finish together, a third makes them all slower.</source>
        <translation>Ein Betriebssystem-Thread je Aufgabe, der Einträge unter einer Sperre aus einer gemeinsamen Warteschlange nimmt, mit blockierenden Aufrufen. Schlafen und Abrufen überlappen sich über die Threads, und Zählen und Rechnen ebenfalls, soweit es CPU-Kerne gibt: so verhält sich Python ohne GIL (3.13t und später) oder C-Code, der die GIL freigibt, nicht das übliche CPython (siehe Threads unter einer GIL). Auf einer Maschine mit 2 Kernen werden zwei rechnende Threads gemeinsam fertig, ein dritter macht alle langsamer.</translation>
    </message>
    <message>
        <source>Threads again, under one global interpreter lock as in standard CPython: a thread counts or computes only while it holds the GIL. A thread that wants it asks, and the holder lets go at the next switch interval (5 ms unless set otherwise), so computing threads take turns in slices and gain nothing. Sleeps and fetches let go of it and overlap, but a thread coming back from one must take the GIL again: behind a computing thread it waits, ready, for up to a switch interval (the convoy).</source>
        <translation>Wieder Threads, unter einer globalen Interpretersperre wie im üblichen CPython: ein Thread zählt oder rechnet nur, solange er die GIL hält. Ein Thread, der sie will, verlangt sie, und der Halter gibt sie beim nächsten Umschaltintervall ab (5 ms, wenn nicht anders eingestellt), so wechseln sich rechnende Threads in Scheiben ab und gewinnen nichts. Schlafen und Abrufen geben sie ab und überlappen sich, aber ein Thread, der davon zurückkommt, muss die GIL wieder nehmen: hinter einem rechnenden Thread wartet er bereit bis zu einem Umschaltintervall (der Konvoi).</translation>
    </message>
    <message>
        <source>Each task is a coroutine on one event loop. A sleep or fetch is awaited while the loop runs the others, so the waits overlap: the total is the busiest task&apos;s share (17 on the tutorial&apos;s queue), never less than the longest item. Asyncio is cooperative too: a task gives up the loop only at an await, so counting or computing holds it while the others wait, ready. On CPU work it is no faster than sequential code.</source>
        <translation>Jede Aufgabe ist eine Coroutine auf einer Ereignisschleife. Auf Schlafen oder Abrufen wird gewartet (await), während die Schleife die anderen ausführt, so überlappen sich die Wartezeiten: die Gesamtzeit ist der Anteil der meistbeschäftigten Aufgabe (17 bei der Warteschlange des Tutorials), nie weniger als der längste Eintrag. Auch asyncio ist kooperativ: eine Aufgabe gibt die Schleife nur bei einem await ab, Zählen oder Rechnen hält sie also fest, während die anderen bereit warten. Bei CPU-Arbeit ist es nicht schneller als sequentieller Code.</translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <source>count</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Schlafen</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>%1 is larger than the maximum of %2 units</source>
        <translation>%1 ist größer als das Maximum von %2 Einheiten</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>die Warteschlange ist leer</translation>
    </message>
    <message>
        <source>the queue has %1 items, more than the maximum of %2</source>
        <translation>die Warteschlange hat %1 Einträge, mehr als das Maximum von %2</translation>
    </message>
    <message>
        <source>queue item %1</source>
        <translation>Warteschlangeneintrag %1</translation>
    </message>
    <message>
        <source> is empty</source>
        <translation> ist leer</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is larger than the maximum of %3 units</source>
        <translation>%1 („%2“) ist größer als das Maximum von %3 Einheiten</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is not a whole number or an http(s) URL</source>
        <translation>%1 („%2“) ist weder eine ganze Zahl noch eine http(s)-URL</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is a number, but this variant fetches http(s) URLs</source>
        <translation>%1 („%2“) ist eine Zahl, aber diese Variante ruft http(s)-URLs ab</translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (the top level is not an object)</source>
        <translation>keine TaskLanes-Warteschlangendatei (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (&quot;format&quot; is not &quot;tasklanes-queue&quot;)</source>
        <translation>keine TaskLanes-Warteschlangendatei („format“ ist nicht „tasklanes-queue“)</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must be a whole number from 1 to %1</source>
        <translation>„tasks“ muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>&quot;items&quot; is missing or not a list</source>
        <translation>„items“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 items, more than the maximum of %2</source>
        <translation>%1 Einträge, mehr als das Maximum von %2</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <source>not an object with &quot;kind&quot; and &quot;value&quot;</source>
        <translation>kein Objekt mit „kind“ und „value“</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected count, sleep, fetch or compute)</source>
        <translation>unbekannte Art „%1“ (erwartet: count, sleep, fetch oder compute)</translation>
    </message>
    <message>
        <source>a fetch item&apos;s value must be a URL string</source>
        <translation>der Wert eines fetch-Eintrags muss eine URL als Zeichenkette sein</translation>
    </message>
    <message>
        <source>a %1 item&apos;s value must be a whole number</source>
        <translation>der Wert eines %1-Eintrags muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2</source>
        <translation>%1 liegt außerhalb von 0 bis %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
</TS>
