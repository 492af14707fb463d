<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Charts</name>
    <message>
        <source>item %1 taken</source>
        <translation>élément pris n° %1</translation>
    </message>
    <message>
        <source>Elapsed time per item (no run yet)</source>
        <translation>Temps écoulé par élément (aucune exécution)</translation>
    </message>
    <message>
        <source>%1: elapsed time of each item, by task</source>
        <translation>%1 : temps écoulé de chaque élément, par tâche</translation>
    </message>
    <message>
        <source>time spent on items</source>
        <translation>temps passé sur les éléments</translation>
    </message>
    <message>
        <source>%1: time spent on items, by task (%2 items)</source>
        <translation>%1 : temps passé sur les éléments, par tâche (%2 éléments)</translation>
    </message>
    <message>
        <source>elapsed (units)</source>
        <translation>temps écoulé (unités)</translation>
    </message>
    <message>
        <source>Total: measured and ideal</source>
        <translation>Total : mesuré et idéal</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>idéal</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (arrêtée)</translation>
    </message>
    <message>
        <source>total (units)</source>
        <translation>total (unités)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1: %L2 units (ideal %L3)</source>
        <translation>%1 : %L2 unités (idéal %L3)</translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchrone</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Scrutation</translation>
    </message>
    <message>
        <source>Clones</source>
        <translation>Clones</translation>
    </message>
    <message>
        <source>Async</source>
        <translation>Async</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n interblocage</numerusform>
            <numerusform>%n interblocages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n mise à jour perdue</numerusform>
            <numerusform>%n mises à jour perdues</numerusform>
        </translation>
    </message>
    <message>
        <source>worst</source>
        <translation>pire</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>checkbook</source>
        <translation>chéquier</translation>
    </message>
    <message>
        <source>laundry</source>
        <translation>lessive</translation>
    </message>
    <message>
        <source>looks</source>
        <translation>coups d&apos;œil</translation>
    </message>
    <message>
        <source>wasted</source>
        <translation>inutiles</translation>
    </message>
    <message>
        <source>Run the parents (Run All runs the four) to compare them here.</source>
        <translation>Exécutez les parents (Tout exécuter lance les quatre) pour les comparer ici.</translation>
    </message>
    <message>
        <source>Attention latency (units)</source>
        <translation>Latence de l&apos;attention (unités)</translation>
    </message>
    <message>
        <source>Done at (units)</source>
        <translation>Terminé à (unités)</translation>
    </message>
    <message>
        <source>Looks (polling)</source>
        <translation>Coups d&apos;œil (scrutation)</translation>
    </message>
    <message>
        <source>The polling parent at each interval between looks</source>
        <translation>Le parent qui scrute, à chaque intervalle entre deux coups d&apos;œil</translation>
    </message>
    <message>
        <source>interval between looks (units)</source>
        <translation>intervalle entre deux coups d&apos;œil (unités)</translation>
    </message>
    <message>
        <source>worst latency (units)</source>
        <translation>pire latence (unités)</translation>
    </message>
    <message>
        <source>wasted looks</source>
        <translation>coups d&apos;œil inutiles</translation>
    </message>
    <message>
        <source>worst latency, measured</source>
        <translation>pire latence, mesurée</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>idéal</translation>
    </message>
    <message>
        <source>wasted looks, measured</source>
        <translation>coups d&apos;œil inutiles, mesurés</translation>
    </message>
    <message>
        <source>Sweep the Interval runs the polling parent at intervals from 0.5 to 10 units and plots its worst latency and its wasted looks against the interval.</source>
        <translation>Balayer les intervalles exécute le parent qui scrute avec des intervalles de 0,5 à 10 unités et trace sa pire latence et ses coups d&apos;œil inutiles en fonction de l&apos;intervalle.</translation>
    </message>
</context>
<context>
    <name>DayRenderer</name>
    <message>
        <source>checkbook</source>
        <translation>chéquier</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>moving clothes</source>
        <translation>transfert du linge</translation>
    </message>
    <message>
        <source>folding</source>
        <translation>pliage</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>a look</source>
        <translation>un coup d&apos;œil</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>attend à côté</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>attend un verrou</translation>
    </message>
    <message>
        <source>washing</source>
        <translation>lavage</translation>
    </message>
    <message>
        <source>drying</source>
        <translation>séchage</translation>
    </message>
    <message>
        <source>calling, not answered yet</source>
        <translation>appelle, sans réponse encore</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation>Parent synchrone</translation>
    </message>
    <message>
        <source>Polling parent, a look every %1 units</source>
        <translation>Parent qui scrute, un coup d&apos;œil toutes les %1 unités</translation>
    </message>
    <message>
        <source>Threading parent (clones), fixed</source>
        <translation>Parent à threads (clones), corrigé</translation>
    </message>
    <message>
        <source>Threading parent (clones), as the tutorial tells it</source>
        <translation>Parent à threads (clones), tel que le raconte le tutoriel</translation>
    </message>
    <message>
        <source>Async parent, an await every %1 units</source>
        <translation>Parent async, un await toutes les %1 unités</translation>
    </message>
    <message>
        <source>Async parent, work that never awaits</source>
        <translation>Parent async, travail sans await</translation>
    </message>
    <message>
        <source>%1: stopped at %2 units</source>
        <translation>%1 : arrêté à %2 unités</translation>
    </message>
    <message>
        <source>%1: the day ends at %2 units</source>
        <translation>%1 : la journée finit à %2 unités</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>un appel</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>a buzzer</source>
        <translation>une sonnerie</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>%1 buzzed at %2</source>
        <translation>%1 a sonné à %2</translation>
    </message>
    <message>
        <source>%1 called at %2; attention %3 units later</source>
        <translation>%1 a appelé à %2 ; attention %3 unités plus tard</translation>
    </message>
    <message>
        <source>%1 called at %2; nobody answered</source>
        <translation>%1 a appelé à %2 ; personne n&apos;a répondu</translation>
    </message>
    <message>
        <source>%1 (deadlocked: it never ends)</source>
        <translation>%1 (interblocage : ne finit jamais)</translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4 units</source>
        <translation>%1 : %2, de %3 à %4 unités</translation>
    </message>
</context>
<context>
    <name>DayWindow</name>
    <message>
        <source>The Parent&apos;s Day</source>
        <translation>La journée du parent</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>Chec&amp;kbook:</source>
        <translation>&amp;Chéquier :</translation>
    </message>
    <message>
        <source>Units of the parent&apos;s own work on the checkbook</source>
        <translation>Unités de travail du parent lui-même sur le chéquier</translation>
    </message>
    <message>
        <source>&amp;Washer cycle:</source>
        <translation>Cycle du &amp;lave-linge :</translation>
    </message>
    <message>
        <source>Units the washer runs on its own before it buzzes</source>
        <translation>Unités pendant lesquelles le lave-linge tourne seul avant de sonner</translation>
    </message>
    <message>
        <source>Dr&amp;yer cycle:</source>
        <translation>Cycle du &amp;sèche-linge :</translation>
    </message>
    <message>
        <source>Units the dryer runs on its own before it buzzes</source>
        <translation>Unités pendant lesquelles le sèche-linge tourne seul avant de sonner</translation>
    </message>
    <message>
        <source>Handlin&amp;g per load:</source>
        <translation>Manipulation par c&amp;harge :</translation>
    </message>
    <message>
        <source>The parent&apos;s work each time the load is handled: into the washer, into the dryer, out and folded</source>
        <translation>Le travail du parent à chaque manipulation de la charge : dans le lave-linge, dans le sèche-linge, sortie et pliage</translation>
    </message>
    <message>
        <source>Kids &amp;call at:</source>
        <translation>Appels des enfants (&amp;moments) :</translation>
    </message>
    <message>
        <source>Atte&amp;ntion per call:</source>
        <translation>Atte&amp;ntion par appel :</translation>
    </message>
    <message>
        <source>Units of the parent&apos;s attention each call needs</source>
        <translation>Unités d&apos;attention du parent dont chaque appel a besoin</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Read a household file</source>
        <translation>Lire un fichier de foyer</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Enregist&amp;rer…</translation>
    </message>
    <message>
        <source>Write this household to a file (tasklanes run parent-… --household reads it)</source>
        <translation>Écrire ce foyer dans un fichier (tasklanes run parent-… --household le lit)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>The polling parent looks at everything this often</source>
        <translation>Le parent qui scrute regarde tout à cette fréquence</translation>
    </message>
    <message>
        <source>Work &amp;between awaits:</source>
        <translation>Travail entre deux a&amp;wait :</translation>
    </message>
    <message>
        <source>The async parent&apos;s work goes in pieces this long with an await between; 0: work that never awaits</source>
        <translation>Le travail du parent async se fait en morceaux de cette longueur avec un await entre eux ; 0 : travail sans await</translation>
    </message>
    <message>
        <source>Fi&amp;x the clones: one lock order, a checkbook lock</source>
        <translation>Répare&amp;z les clones : un seul ordre des verrous, un verrou du chéquier</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>How long one unit of the day lasts</source>
        <translation>Durée d&apos;une unité de la journée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The Four Parents</source>
        <translation>Les quatre parents</translation>
    </message>
    <message>
        <source>Polling Sweep</source>
        <translation>Balayage de la scrutation</translation>
    </message>
    <message>
        <source>Sweep the Interva&amp;l</source>
        <translation>&amp;Balayer les intervalles</translation>
    </message>
    <message>
        <source>Run the polling parent at every interval from 0.5 to 10 units, one day after the other in the background, at 10 ms a unit</source>
        <translation>Exécuter le parent qui scrute à chaque intervalle de 0,5 à 10 unités, une journée après l&apos;autre en arrière-plan, à 10 ms par unité</translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation>Expor&amp;ter…</translation>
    </message>
    <message>
        <source>Export what the tab shows as PNG, SVG or PDF</source>
        <translation>Exporter ce que montre l&apos;onglet en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation>Enre&amp;gistrer la trace…</translation>
    </message>
    <message>
        <source>Write the day on the timeline as a Chrome Trace Event file</source>
        <translation>Écrire la journée de la chronologie en fichier Chrome Trace Event</translation>
    </message>
    <message>
        <source>What the parent says</source>
        <translation>Ce que dit le parent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: the kids waited up to %2 units</source>
        <translation>%1 : les enfants ont attendu jusqu&apos;à %2 unités</translation>
    </message>
    <message>
        <source>; the checkbook was done at %1</source>
        <translation> ; le chéquier était fini à %1</translation>
    </message>
    <message>
        <source>; the checkbook was never done</source>
        <translation> ; le chéquier n&apos;a jamais été fini</translation>
    </message>
    <message>
        <source>, the laundry at %1</source>
        <translation>, la lessive à %1</translation>
    </message>
    <message>
        <source>, the laundry never</source>
        <translation>, la lessive jamais</translation>
    </message>
    <message>
        <source>; %1 of %2 looks found nothing</source>
        <translation> ; %1 coups d&apos;œil sur %2 n&apos;ont rien trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n interblocage</numerusform>
            <numerusform>%n interblocages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n mise à jour perdue</numerusform>
            <numerusform>%n mises à jour perdues</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the laundry, standing by each machine until it buzzes. A kid who calls waits until the thing in hand is done.</source>
        <translation>Une chose à la fois, chacune jusqu&apos;au bout : le chéquier, puis la lessive, en attendant à côté de chaque machine qu&apos;elle sonne. Un enfant qui appelle attend que la tâche en cours soit finie.</translation>
    </message>
    <message>
        <source>A clone for each chore, all at once on threads: the washer&apos;s, the dryer&apos;s, two paying bills from one balance, and one for each kid. As the tutorial tells it, the washer&apos;s and the dryer&apos;s clones each hold one machine and want the other, and the bill payers overwrite each other&apos;s balance. Fixed: one lock order, a lock around the checkbook.</source>
        <translation>Un clone pour chaque corvée, tous à la fois sur des threads : celui du lave-linge, celui du sèche-linge, deux qui paient des factures sur un même solde, et un par enfant. Comme le raconte le tutoriel, les clones du lave-linge et du sèche-linge tiennent chacun une machine et veulent l&apos;autre, et les payeurs écrasent le solde l&apos;un de l&apos;autre. Corrigé : un seul ordre des verrous, un verrou autour du chéquier.</translation>
    </message>
    <message>
        <source>The moments the kids call, in units from the start of the day, in order, separated by spaces, semicolons or (where the decimal sign is a point) commas</source>
        <translation>Les moments où les enfants appellent, en unités depuis le début de la journée, dans l&apos;ordre, séparés par des espaces, des points-virgules ou (là où le séparateur décimal est un point) des virgules</translation>
    </message>
    <message>
        <source>One parent on an event loop: the buzzers and the calls are timers, the chores coroutines whose work goes in pieces with an await between. A call waits a few pieces: as in asyncio, its timer and then its coroutine take their turns behind the chores&apos; pieces. With pieces of 0 the work never awaits, and the kids wait as for the synchronous parent.</source>
        <translation>Un parent sur une boucle d&apos;événements : les sonneries et les appels sont des minuteries, les corvées des coroutines dont le travail se fait en morceaux avec un await entre eux. Un appel attend quelques morceaux : comme dans asyncio, sa minuterie puis sa coroutine passent à leur tour derrière les morceaux des corvées. Avec des morceaux de 0, le travail n&apos;attend jamais, et les enfants attendent comme pour le parent synchrone.</translation>
    </message>
    <message>
        <source>Loads the washer, then works on the checkbook and stops every interval to look at the machines and the kids; a look costs %1 units, found anything or not. A look that finds nothing is wasted; a call waits up to an interval and two looks.</source>
        <translation>Charge le lave-linge, puis travaille sur le chéquier et s&apos;arrête à chaque intervalle pour regarder les machines et les enfants ; un coup d&apos;œil coûte %1 unités, qu&apos;il trouve quelque chose ou non. Un coup d&apos;œil qui ne trouve rien est inutile ; un appel attend jusqu&apos;à un intervalle et deux coups d&apos;œil.</translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is it in use?)</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1 (le port est-il occupé ?)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1</translation>
    </message>
    <message>
        <source>the demo server did not start within %1 s</source>
        <translation>le serveur de démonstration n&apos;a pas démarré en %1 s</translation>
    </message>
    <message>
        <source>the system would not start the demo server&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>le système n&apos;a pas démarré le thread du serveur de démonstration (la limite de processus et de threads, ulimit -u, est-elle atteinte ?)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>no model to run</source>
        <translation>aucun modèle à exécuter</translation>
    </message>
    <message>
        <source>unit of %1 ms is outside %2 to %3</source>
        <translation>une unité de %1 ms est hors de %2 à %3</translation>
    </message>
    <message>
        <source>%1 tasks is outside 1 to %2</source>
        <translation>%1 tâches est hors de 1 à %2</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>la file est vide</translation>
    </message>
    <message>
        <source>timeout of %1 ms is outside 1 to %2</source>
        <translation>un délai de %1 ms est hors de 1 à %2</translation>
    </message>
    <message>
        <source>queue item %1: %2</source>
        <translation>l&apos;élément %1 de la file : %2</translation>
    </message>
    <message>
        <source>switch interval of %1 ms is outside 1 to %2</source>
        <translation>l&apos;intervalle de bascule de %1 ms est hors de 1 à %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation>type d&apos;image inconnu (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>size %1×%2 is outside 16 to 20000 pixels</source>
        <translation>la taille %1×%2 sort de l&apos;intervalle de 16 à 20000 pixels</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>impossible d&apos;encoder le PNG</translation>
    </message>
    <message>
        <source>%1 — %2 tasks, %3 ms per unit</source>
        <translation>%1 — %2 tâches, %3 ms par unité</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>timeline.png, .svg or .pdf</source>
        <translation>chronologie.png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
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
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Pixel density of PNG images (SVG and PDF are vector graphics)</source>
        <translation>Densité de pixels des images PNG (SVG et PDF sont des graphiques vectoriels)</translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1 : le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1 : est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1 : le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>nothing reads from it</source>
        <translation>personne ne le lit</translation>
    </message>
    <message>
        <source>not allowed to write there</source>
        <translation>écriture interdite à cet endroit</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket): save what it gives to a file and open that</source>
        <translation>%1 : pas un fichier ordinaire (un périphérique, un tube ou une socket) : enregistrez ce qu&apos;il donne dans un fichier et ouvrez celui-ci</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a positive whole number</source>
        <translation>« version » manque ou n&apos;est pas un nombre entier positif</translation>
    </message>
    <message>
        <source>version %1 is newer than this TaskLanes reads (%2); please update TaskLanes</source>
        <translation>la version %1 est plus récente que ce que lit ce TaskLanes (%2) ; veuillez mettre TaskLanes à jour</translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>running (CPU)</source>
        <translation>en cours (CPU)</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en attente (await)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>ideal schedule (no overhead)</source>
        <translation>ordonnancement idéal (sans surcoût)</translation>
    </message>
    <message>
        <source>ready (waiting for its turn)</source>
        <translation>prête (attend son tour)</translation>
    </message>
    <message>
        <source>waiting (lock or resource)</source>
        <translation>en attente (verrou ou ressource)</translation>
    </message>
    <message>
        <source>the scheduler loop to resume it</source>
        <translation>la boucle d&apos;ordonnancement, qui la reprendra</translation>
    </message>
    <message>
        <source>the event loop, busy with another task</source>
        <translation>la boucle d&apos;événements, occupée par une autre tâche</translation>
    </message>
    <message>
        <source>the GIL, held by another thread</source>
        <translation>le GIL, tenu par un autre thread</translation>
    </message>
    <message>
        <source>a free connection</source>
        <translation>une connexion libre</translation>
    </message>
    <message>
        <source>stopped (cut short by Stop)</source>
        <translation>arrêté (interrompu par Arrêter)</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: %2 is not a number of units from %3 to %4</source>
        <translation>%1 : %2 n&apos;est pas un nombre d&apos;unités de %3 à %4</translation>
    </message>
    <message>
        <source>kids: %1 calls, more than %2</source>
        <translation>kids : %1 appels, plus de %2</translation>
    </message>
    <message>
        <source>kids, call %1</source>
        <translation>kids, appel %1</translation>
    </message>
    <message>
        <source>kids, call %1: %2 comes before the call before it (%3); list the calls in the order they come</source>
        <translation>kids, appel %1 : %2 vient avant l&apos;appel précédent (%3) ; listez les appels dans l&apos;ordre où ils viennent</translation>
    </message>
    <message>
        <source>not a TaskLanes household file (the top level is not an object)</source>
        <translation>pas un fichier de foyer TaskLanes (le niveau supérieur n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not a TaskLanes household file (&quot;format&quot; is not &quot;tasklanes-household&quot;)</source>
        <translation>pas un fichier de foyer TaskLanes (« format » n&apos;est pas « tasklanes-household »)</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1: not a number</source>
        <translation>%1 : pas un nombre</translation>
    </message>
    <message>
        <source>kids: not a list of the moments the kids call</source>
        <translation>kids : pas une liste des moments où les enfants appellent</translation>
    </message>
    <message>
        <source>kids, call %1: not a number</source>
        <translation>kids, appel %1 : pas un nombre</translation>
    </message>
    <message>
        <source>The tutorial&apos;s day</source>
        <translation>La journée du tutoriel</translation>
    </message>
    <message>
        <source>A checkbook of 20 units, a washer of 30 and a dryer of 40, 2 units of handling per load, and three calls.</source>
        <translation>Un chéquier de 20 unités, un lave-linge de 30 et un sèche-linge de 40, 2 unités de manipulation par charge, et trois appels.</translation>
    </message>
    <message>
        <source>Kids who call often</source>
        <translation>Des enfants qui appellent souvent</translation>
    </message>
    <message>
        <source>A call every 7 units: the synchronous parent keeps them waiting through every chore; polling catches them one look late.</source>
        <translation>Un appel toutes les 7 unités : le parent synchrone les fait attendre pendant chaque corvée ; la scrutation les remarque un coup d&apos;œil trop tard.</translation>
    </message>
    <message>
        <source>A long checkbook</source>
        <translation>Un long chéquier</translation>
    </message>
    <message>
        <source>60 units of checkbook: work that never awaits keeps every kid waiting until it is done.</source>
        <translation>60 unités de chéquier : un travail sans await fait attendre chaque enfant jusqu&apos;à ce qu&apos;il soit fini.</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Only the chores: what overlapping the machines with the checkbook saves, and what the polling parent&apos;s looks cost with nothing to find.</source>
        <translation>Seulement les corvées : ce que l&apos;on gagne à faire tourner les machines pendant le chéquier, et ce que coûtent les coups d&apos;œil du parent qui scrute quand il n&apos;y a rien à trouver.</translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation>Parent synchrone</translation>
    </message>
    <message>
        <source>Polling parent</source>
        <translation>Parent qui scrute</translation>
    </message>
    <message>
        <source>Threading parent (clones)</source>
        <translation>Parent à threads (clones)</translation>
    </message>
    <message>
        <source>Async parent</source>
        <translation>Parent async</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>checkbook done: %1 (ideal %2)</source>
        <translation>chéquier fini : %1 (idéal %2)</translation>
    </message>
    <message>
        <source>laundry done: %1 (ideal %2)</source>
        <translation>lessive finie : %1 (idéal %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>attention latency: %1; mean %2, worst %3 (ideal mean %4, worst %5)</source>
        <translation>latence de l&apos;attention : %1 ; moyenne %2, pire %3 (idéal moyenne %4, pire %5)</translation>
    </message>
    <message>
        <source>no calls</source>
        <translation>aucun appel</translation>
    </message>
    <message>
        <source>checks: %1, wasted %2 (ideal %3, wasted %4)</source>
        <translation>coups d&apos;œil : %1, inutiles %2 (idéal %3, inutiles %4)</translation>
    </message>
    <message>
        <source>deadlocks: %1, lost updates: %2 (ideal %3, %4)</source>
        <translation>interblocages : %1, mises à jour perdues : %2 (idéal %3, %4)</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Washer</source>
        <translation>Lave-linge</translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation>Sèche-linge</translation>
    </message>
    <message>
        <source>Kid %1</source>
        <translation>Enfant %1</translation>
    </message>
    <message>
        <source> at %1 (%2 late)</source>
        <translation> à %1 (%2 de retard)</translation>
    </message>
    <message>
        <source>Parent: Kid %1 called at %2, attending%3</source>
        <translation>Parent : l&apos;enfant %1 a appelé à %2, attention%3</translation>
    </message>
    <message>
        <source>Parent: washer buzzed at %1, moving clothes%2</source>
        <translation>Parent : le lave-linge a sonné à %1, transfert du linge%2</translation>
    </message>
    <message>
        <source>Parent: dryer buzzed at %1, folding%2</source>
        <translation>Parent : le sèche-linge a sonné à %1, pliage%2</translation>
    </message>
    <message>
        <source>Parent: balancing the checkbook at %1</source>
        <translation>Parent : fait les comptes du chéquier à %1</translation>
    </message>
    <message>
        <source>Parent: checkbook done at %1</source>
        <translation>Parent : chéquier fini à %1</translation>
    </message>
    <message>
        <source>Parent: loading the washer at %1</source>
        <translation>Parent : charge le lave-linge à %1</translation>
    </message>
    <message>
        <source>Parent: standing by the %1 at %2</source>
        <translation>Parent : attend à côté du %1 à %2</translation>
    </message>
    <message>
        <source>washer</source>
        <translation>lave-linge</translation>
    </message>
    <message>
        <source>dryer</source>
        <translation>sèche-linge</translation>
    </message>
    <message>
        <source>Parent: laundry done at %1</source>
        <translation>Parent : lessive finie à %1</translation>
    </message>
    <message>
        <source>Parent: checking at %1: nothing</source>
        <translation>Parent : coup d&apos;œil à %1 : rien</translation>
    </message>
    <message>
        <source>Parent: checking at %1</source>
        <translation>Parent : coup d&apos;œil à %1</translation>
    </message>
    <message>
        <source>Parent (washer)</source>
        <translation>Parent (lave-linge)</translation>
    </message>
    <message>
        <source>Parent (dryer)</source>
        <translation>Parent (sèche-linge)</translation>
    </message>
    <message>
        <source>Parent (bills %1)</source>
        <translation>Parent (factures %1)</translation>
    </message>
    <message>
        <source>Parent (Kid %1)</source>
        <translation>Parent (enfant %1)</translation>
    </message>
    <message>
        <source>--%1: %2 is not a number of units from %3 to %4</source>
        <translation>--%1 : %2 n&apos;est pas un nombre d&apos;unités de %3 à %4</translation>
    </message>
    <message>
        <source> (or 0: work that never awaits)</source>
        <translation> (ou 0 : travail sans await)</translation>
    </message>
    <message>
        <source>--interval: %1 is too short for this household: about %2 checks, more than %3</source>
        <translation>--interval : %1 est trop court pour ce foyer : environ %2 coups d&apos;œil, plus de %3</translation>
    </message>
    <message>
        <source>--step: %1 is too short for this household: about %2 steps, more than %3</source>
        <translation>--step : %1 est trop court pour ce foyer : environ %2 morceaux, plus de %3</translation>
    </message>
    <message>
        <source>too large for a day&apos;s trace</source>
        <translation>trop grand pour la trace d&apos;une journée</translation>
    </message>
    <message>
        <source>not a trace of the parent&apos;s day (&quot;otherData.variant&quot; is not a parent)</source>
        <translation>pas une trace de la journée du parent (« otherData.variant » n&apos;est pas un parent)</translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation>« unit_ms » manque ou est hors limites</translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing or out of range</source>
        <translation>« total_ms » manque ou est hors limites</translation>
    </message>
    <message>
        <source>a lane&apos;s tid is out of range</source>
        <translation>le tid d&apos;une ligne est hors limites</translation>
    </message>
    <message>
        <source>its lanes are not numbered 1, 2, 3, ...</source>
        <translation>ses lignes ne sont pas numérotées 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>&quot;parent_lanes&quot; does not fit its lanes</source>
        <translation>« parent_lanes » ne correspond pas à ses lignes</translation>
    </message>
    <message>
        <source>a span of the day is damaged (its lane, time, activity or state)</source>
        <translation>une plage de la journée est endommagée (sa ligne, son temps, son activité ou son état)</translation>
    </message>
    <message>
        <source>a span names a call the household does not have</source>
        <translation>une plage nomme un appel que le foyer n&apos;a pas</translation>
    </message>
    <message>
        <source>a call or a buzzer of the day is damaged</source>
        <translation>un appel ou une sonnerie de la journée est endommagé</translation>
    </message>
</context>
<context>
    <name>ItemError</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>délai dépassé après %1 ms</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>unknown host %1</source>
        <translation>hôte %1 inconnu</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>the worker process crashed or was killed (%1)</source>
        <translation>le processus de travail a planté ou a été tué (%1)</translation>
    </message>
    <message>
        <source>the worker process exited with status %1</source>
        <translation>le processus de travail a quitté avec le code %1</translation>
    </message>
    <message>
        <source>malformed worker output: &quot;%1&quot;</source>
        <translation>sortie du processus de travail mal formée : « %1 »</translation>
    </message>
    <message>
        <source>malformed worker output: a line longer than 64 KiB</source>
        <translation>sortie du processus de travail mal formée : une ligne de plus de 64 Kio</translation>
    </message>
    <message>
        <source>no worker process left to run it</source>
        <translation>plus aucun processus de travail pour l&apos;exécuter</translation>
    </message>
    <message>
        <source>the worker process could not start: %1</source>
        <translation>le processus de travail n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>the worker process could not start: no worker program is set</source>
        <translation>le processus de travail n&apos;a pas pu démarrer : aucun programme de travail n&apos;est défini</translation>
    </message>
    <message>
        <source>the worker process could not start: %1 did not answer within %2 s</source>
        <translation>le processus de travail n&apos;a pas pu démarrer : %1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>the worker process could not start: %1 is not a TaskLanes worker (it answered &quot;%2&quot;)</source>
        <translation>le processus de travail n&apos;a pas pu démarrer : %1 n&apos;est pas un processus de travail TaskLanes (il a répondu « %2 »)</translation>
    </message>
    <message>
        <source>the worker process did not begin the item within %1 s</source>
        <translation>le processus de travail n&apos;a pas commencé l&apos;élément en %1 s</translation>
    </message>
    <message>
        <source>the worker process did not finish the item within %1 s</source>
        <translation>le processus de travail n&apos;a pas terminé l&apos;élément en %1 s</translation>
    </message>
    <message>
        <source>the system would not start a thread it needed (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>le système n&apos;a pas démarré un thread nécessaire (la limite de processus et de threads, ulimit -u, est-elle atteinte ?)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
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
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>File de travail</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines, as the run prints them</source>
        <translation>Les lignes de sortie du tutoriel, telles que l&apos;exécution les affiche</translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines appear here.</source>
        <translation>Les lignes de sortie du tutoriel s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts (from the next start)</source>
        <translation>La langue des textes de l&apos;application (au prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation>Exécuter la variante choisie sur la file de travail (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>&amp;Tout exécuter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation>Exécuter l&apos;une après l&apos;autre chaque variante qui accepte cette file, et les comparer (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Arrêter l&apos;exécution (Échap)</translation>
    </message>
    <message>
        <source>&amp;Import Queue…</source>
        <translation>&amp;Importer une file…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Load a work queue from a JSON file (Ctrl+O)</source>
        <translation>Charger une file de travail depuis un fichier JSON (Ctrl+O)</translation>
    </message>
    <message>
        <source>E&amp;xport Queue…</source>
        <translation>E&amp;xporter la file…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the work queue as a JSON file (Ctrl+S)</source>
        <translation>Enregistrer la file de travail dans un fichier JSON (Ctrl+S)</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Enregistrer la chronologie en PNG, SVG ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;Elapsed-Time Chart…</source>
        <translation>Exporter le graphique des &amp;temps écoulés…</translation>
    </message>
    <message>
        <source>Save the elapsed-time chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique des temps écoulés en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export T&amp;otals Chart…</source>
        <translation>Exporter le graphique des t&amp;otaux…</translation>
    </message>
    <message>
        <source>Save the measured-versus-ideal chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique mesuré contre idéal en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export Co&amp;mparison…</source>
        <translation>Exporter la co&amp;mparaison…</translation>
    </message>
    <message>
        <source>Save every run of the last Run All, stacked on one time axis, as PNG, SVG or PDF</source>
        <translation>Enregistrer toutes les exécutions du dernier « Tout exécuter », empilées sur un même axe du temps, en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation>&amp;Ouvrir une trace…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open a trace saved by TaskLanes and show it in the timeline and charts (Ctrl+Shift+O)</source>
        <translation>Ouvrir une trace enregistrée par TaskLanes et l&apos;afficher dans la chronologie et les graphiques (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>&amp;Copy Charts</source>
        <translation>&amp;Copier les graphiques</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard as an image (Ctrl+Shift+C)</source>
        <translation>Copier les graphiques dans le presse-papiers sous forme d&apos;image (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Fit Run</source>
        <translation>&amp;Ajuster à l&apos;exécution</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole run on the timeline (Ctrl+0)</source>
        <translation>Afficher toute l&apos;exécution sur la chronologie (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl++)</source>
        <translation>Zoomer sur la chronologie (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation>Dézoomer la chronologie (Ctrl+-)</translation>
    </message>
    <message>
        <source>Show &amp;Ideal Schedule</source>
        <translation>Afficher l&apos;ordonnancement &amp;idéal</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Draw the schedule with zero overhead under each lane (Ctrl+I)</source>
        <translation>Dessiner sous chaque piste l&apos;ordonnancement sans aucun surcoût (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation>&amp;Guide des modèles</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>What each model does and what to look for on its timeline; the colours and the keys (F1)</source>
        <translation>Ce que fait chaque modèle et ce qu&apos;il faut regarder sur sa chronologie ; les couleurs et les touches (F1)</translation>
    </message>
    <message>
        <source>Show the &amp;First-Run Hint</source>
        <translation>Réafficher le conseil de &amp;démarrage</translation>
    </message>
    <message>
        <source>Show the hint for newcomers above the timeline again</source>
        <translation>Réafficher le conseil pour les nouveaux venus au-dessus de la chronologie</translation>
    </message>
    <message>
        <source>&amp;About TaskLanes</source>
        <translation>À &amp;propos de TaskLanes</translation>
    </message>
    <message>
        <source>Views of the run</source>
        <translation>Vues de l&apos;exécution</translation>
    </message>
    <message>
        <source>What the run shows</source>
        <translation>Ce que montre l&apos;exécution</translation>
    </message>
    <message>
        <source>What the last run teaches, worked out from what it recorded</source>
        <translation>Ce qu&apos;enseigne la dernière exécution, déduit de ce qu&apos;elle a enregistré</translation>
    </message>
    <message>
        <source>After a run, what it shows is said here in plain words.</source>
        <translation>Après une exécution, ce qu&apos;elle montre est dit ici en termes simples.</translation>
    </message>
    <message>
        <source>About the variant</source>
        <translation>À propos de la variante</translation>
    </message>
    <message>
        <source>Varia&amp;nts</source>
        <translation>&amp;Variantes</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>Chart&amp;s</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Open the scenario lab: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values (Ctrl+Shift+L)</source>
        <translation>Ouvrir le labo de scénarios : chaque tâche ses propres étapes sur des verrous, sémaphores, événements, conditions, barrières, files et valeurs (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>&amp;Scénario</translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation>Enregistrer la tr&amp;ace…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save the run on the timeline as a Chrome trace, which Perfetto and File › Open Trace open (Ctrl+Shift+S)</source>
        <translation>Enregistrer l&apos;exécution de la chronologie comme trace Chrome, que Perfetto et Fichier › Ouvrir une trace ouvrent (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>&amp;Same Time Scale for Every Run</source>
        <translation>&amp;Même échelle de temps pour chaque exécution</translation>
    </message>
    <message>
        <source>Draw every run on the scale of the longest one so far, so that a run of 17 units looks half as long as one of 32</source>
        <translation>Dessiner chaque exécution à l&apos;échelle de la plus longue jusqu&apos;ici, pour qu&apos;une exécution de 17 unités paraisse moitié moins longue qu&apos;une de 32</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>requests waited for a free connection (waits: %1; %2 units in all): at most 100 requests are in flight at once, as in aiohttp&apos;s default session</source>
        <translation>des requêtes ont attendu une connexion libre (attentes : %1 ; %2 unités en tout) : au plus 100 requêtes sont en cours à la fois, comme dans la session par défaut d&apos;aiohttp</translation>
    </message>
    <message>
        <source>the event loop was blocked: CPU work held it for %1 units, the longest Task %2&apos;s item %3 (%4 %5) for %6 units, while other tasks were ready and waited %7 units in all. A coroutine that counts or computes stops every other task until it ends (asyncio&apos;s debug mode reports such a step as slow); async-offload runs CPU work in worker processes instead</source>
        <translation>la boucle d&apos;événements a été bloquée : du travail CPU l&apos;a tenue %1 unités, le plus long l&apos;élément %3 de Task %2 (%4 %5) pendant %6 unités, tandis que d&apos;autres tâches étaient prêtes et ont attendu %7 unités en tout. Une coroutine qui compte ou calcule arrête toutes les autres tâches jusqu&apos;à ce qu&apos;elle finisse (le mode débogage d&apos;asyncio signale une telle étape comme lente) ; async-offload exécute plutôt le travail CPU dans des processus de travail</translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units and CPU work for %2 units, while the other tasks were ready and waited %3 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation>des appels bloquants (sommeils, téléchargements) ont tenu l&apos;unique thread %1 unités et du travail CPU %2 unités, tandis que les autres tâches étaient prêtes et ont attendu leur tour %3 unités en tout : un appel bloquant arrête tous les générateurs, quelle que soit la façon dont ils se relaient</translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation>des appels bloquants (sommeils, téléchargements) ont tenu l&apos;unique thread %1 unités, tandis que les autres tâches étaient prêtes et ont attendu leur tour %2 unités en tout : un appel bloquant arrête tous les générateurs, quelle que soit la façon dont ils se relaient</translation>
    </message>
    <message>
        <source>threads were ready but waited for the GIL for %1 units in all (waits: %2; Task %3 the longest, %4 units): a thread keeps the GIL until another asks for it and the switch interval, %5 ms, has passed</source>
        <translation>des threads étaient prêts mais ont attendu le GIL %1 unités en tout (attentes : %2 ; Task %3 le plus longtemps, %4 unités) : un thread garde le GIL jusqu&apos;à ce qu&apos;un autre le demande et que l&apos;intervalle de bascule, %5 ms, soit écoulé</translation>
    </message>
    <message>
        <source>convoy: a thread back from a sleep or fetch must take the GIL again, and waited for it behind a computing thread (waits: %1; %2 ms on average, %3 ms at most)</source>
        <translation>convoi : un thread qui revient d&apos;un sommeil ou d&apos;un téléchargement doit reprendre le GIL, et l&apos;a attendu derrière un thread qui calcule (attentes : %1 ; %2 ms en moyenne, %3 ms au plus)</translation>
    </message>
    <message>
        <source>CPU work gained nothing from threads: %1 threads counted or computed for %2 units in all, one at a time under the GIL; without a GIL (free-threaded Python, or C code that releases it: the threads variant) they use the cores at once</source>
        <translation>le travail CPU n&apos;a rien gagné aux threads : %1 threads ont compté ou calculé %2 unités en tout, un à la fois sous le GIL ; sans GIL (Python sans GIL, ou du code C qui le libère : la variante threads) ils utilisent les cœurs en même temps</translation>
    </message>
    <message>
        <source>each worker process took %1 to %2 ms from the run&apos;s start to its first item: a process has to start, and load this program, before it can work</source>
        <translation>chaque processus de travail a mis %1 à %2 ms entre le début de l&apos;exécution et son premier élément : un processus doit démarrer, et charger ce programme, avant de pouvoir travailler</translation>
    </message>
    <message>
        <source>between one item and the next a worker waited %1 ms on average: each item is copied to it over a pipe and its result back, as the processes share no memory</source>
        <translation>entre un élément et le suivant, un processus de travail a attendu %1 ms en moyenne : chaque élément lui est copié par un tube et son résultat renvoyé, car les processus ne partagent aucune mémoire</translation>
    </message>
    <message>
        <source>the first CPU items waited up to %1 ms for the worker processes to start (the pool starts them when it is first given work)</source>
        <translation>les premiers éléments CPU ont attendu jusqu&apos;à %1 ms le démarrage des processus de travail (le pool les démarre quand il reçoit du travail pour la première fois)</translation>
    </message>
    <message>
        <source>the later CPU items waited %1 ms on average to be handed to a free worker over a pipe, while the event loop ran the other tasks</source>
        <translation>les éléments CPU suivants ont attendu %1 ms en moyenne d&apos;être confiés par un tube à un processus de travail libre, pendant que la boucle d&apos;événements exécutait les autres tâches</translation>
    </message>
    <message>
        <source>CPU work (counting, computing) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: taking turns does not make CPU work faster, and a computation that does not yield holds every task until it ends</source>
        <translation>du travail CPU (compter, calculer) a tenu l&apos;unique thread %1 unités, tandis que les autres tâches étaient prêtes et ont attendu leur tour %2 unités en tout : se relayer ne rend pas le travail CPU plus rapide, et un calcul qui ne cède pas la main retient toutes les tâches jusqu&apos;à ce qu&apos;il finisse</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Tutorial: count 15, 10, 5, 2</source>
        <translation>Tutoriel : compter 15, 10, 5, 2</translation>
    </message>
    <message>
        <source>Tutorial: sleep 15, 10, 5, 2</source>
        <translation>Tutoriel : dormir 15, 10, 5, 2</translation>
    </message>
    <message>
        <source>Short: sleep 3, 2, 1</source>
        <translation>Court : dormir 3, 2, 1</translation>
    </message>
    <message>
        <source>Uneven: one long item, many short ones</source>
        <translation>Inégal : un long élément, beaucoup de courts</translation>
    </message>
    <message>
        <source>Many: 100 short items, 10 tasks</source>
        <translation>Nombreux : 100 éléments courts, 10 tâches</translation>
    </message>
    <message>
        <source>Demo server: the tutorial&apos;s seven pages (for the HTTP variants)</source>
        <translation>Serveur de démo : les sept pages du tutoriel (pour les variantes HTTP)</translation>
    </message>
    <message>
        <source>CPU work: compute 4, 4, 4, 4</source>
        <translation>Travail CPU : calculer 4, 4, 4, 4</translation>
    </message>
    <message>
        <source>Mixed: compute 8 beside sleeps of 1</source>
        <translation>Mélangé : calculer 8 à côté de sommeils de 1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Item %1 (%2 %3) cannot run under this variant.</source>
        <translation>L&apos;élément %1 (%2 %3) ne peut pas s&apos;exécuter avec cette variante.</translation>
    </message>
    <message>
        <source>Item %1 (the number %2) cannot be fetched: this variant takes URLs.</source>
        <translation>L&apos;élément %1 (le nombre %2) ne peut pas être téléchargé : cette variante prend des URL.</translation>
    </message>
</context>
<context>
    <name>QueueEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage :</translation>
    </message>
    <message>
        <source>Preset queue</source>
        <translation>File préréglée</translation>
    </message>
    <message>
        <source>Replace the queue with one of the tutorial&apos;s queues (undoable)</source>
        <translation>Remplacer la file par l&apos;une des files du tutoriel (annulable)</translation>
    </message>
    <message>
        <source>Work queue items</source>
        <translation>Éléments de la file de travail</translation>
    </message>
    <message>
        <source>The work queue, first item first. Drag rows to reorder; double-click to edit.</source>
        <translation>La file de travail, premier élément en tête. Faites glisser les lignes pour les réordonner ; double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected items (Ctrl+D)</source>
        <translation>Dupliquer les éléments sélectionnés (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Supprimer les éléments sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected items up (Alt+Up)</source>
        <translation>Monter les éléments sélectionnés (Alt+Haut)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected items down (Alt+Down)</source>
        <translation>Descendre les éléments sélectionnés (Alt+Bas)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation>Type de l&apos;élément</translation>
    </message>
    <message>
        <source>Item value</source>
        <translation>Valeur de l&apos;élément</translation>
    </message>
    <message>
        <source>Change the selected item to this kind and value</source>
        <translation>Donner ce type et cette valeur à l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add this item after the selection, or at the end (Enter)</source>
        <translation>Ajouter cet élément après la sélection, ou à la fin (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Tasks sharing the queue:</source>
        <translation>Tâc&amp;hes partageant la file :</translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation>Nombre de tâches</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Modifier l&apos;élément %1</translation>
    </message>
    <message>
        <source>Set tasks to %1</source>
        <translation>Passer à %1 tâches</translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation>Vale&amp;ur :</translation>
    </message>
    <message>
        <source>Appl&amp;y to selected</source>
        <translation>Appli&amp;quer à la sélection</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>the demo server could not start: %1</source>
        <translation>le serveur de démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>no variant can run this queue</source>
        <translation>aucune variante ne peut exécuter cette file</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>task_done() called too many times (Python raises ValueError)</source>
        <translation>task_done() appelé trop de fois (Python lève ValueError)</translation>
    </message>
    <message>
        <source>the system would not start a thread</source>
        <translation>le système n&apos;a pas démarré de thread</translation>
    </message>
    <message>
        <source>%1 names no resource</source>
        <translation>%1 ne nomme aucune ressource</translation>
    </message>
    <message>
        <source>cannot %1 %2, a %3</source>
        <translation>impossible de faire %1 sur %2, de type %3</translation>
    </message>
    <message>
        <source>%1 units is not between 0 and %2</source>
        <translation>%1 unités n&apos;est pas entre 0 et %2</translation>
    </message>
    <message>
        <source>%1 is not a number of at most %2 digits</source>
        <translation>%1 n&apos;est pas un nombre d&apos;au plus %2 chiffres</translation>
    </message>
    <message>
        <source>only a wait on a condition can wait until a value</source>
        <translation>seul un wait sur une condition peut attendre une valeur</translation>
    </message>
    <message>
        <source>waits until something that is not a value</source>
        <translation>attend quelque chose qui n&apos;est pas une valeur (value)</translation>
    </message>
    <message>
        <source>repeats %1 times, not between 1 and %2</source>
        <translation>répète %1 fois, pas entre 1 et %2</translation>
    </message>
    <message>
        <source>repeats no steps</source>
        <translation>ne répète aucune étape</translation>
    </message>
    <message>
        <source>repeats are nested more than %1 deep</source>
        <translation>les répétitions sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>writes %1 before reading it (a write stores the task&apos;s copy)</source>
        <translation>écrit %1 avant de l&apos;avoir lu (write enregistre la copie de la tâche)</translation>
    </message>
    <message>
        <source>releases %1, which it does not hold</source>
        <translation>libère %1, qu&apos;elle ne détient pas</translation>
    </message>
    <message>
        <source>%1 on %2 without holding its lock (Python raises RuntimeError)</source>
        <translation>%1 sur %2 sans détenir son verrou (Python lève RuntimeError)</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>le titre dépasse 200 caractères</translation>
    </message>
    <message>
        <source>it has no tasks</source>
        <translation>il n&apos;a aucune tâche</translation>
    </message>
    <message>
        <source>it has %1 tasks, more than %2</source>
        <translation>il a %1 tâches, plus de %2</translation>
    </message>
    <message>
        <source>it has %1 resources, more than %2</source>
        <translation>il a %1 ressources, plus de %2</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>ressource %1</translation>
    </message>
    <message>
        <source>a name needs 1 to %1 characters, without spaces around it</source>
        <translation>un nom doit avoir de 1 à %1 caractères, sans espaces autour</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 est nommé deux fois</translation>
    </message>
    <message>
        <source>%1 of %2 is not between %3 and %4</source>
        <translation>%1 de %2 n&apos;est pas entre %3 et %4</translation>
    </message>
    <message>
        <source>the parties</source>
        <translation>le nombre de participants</translation>
    </message>
    <message>
        <source>the capacity</source>
        <translation>la capacité</translation>
    </message>
    <message>
        <source>the count</source>
        <translation>le nombre</translation>
    </message>
    <message>
        <source>%1 waits for %2 parties, but the scenario has %3 tasks</source>
        <translation>%1 attend %2 participants, mais le scénario a %3 tâches</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>the name is used twice</source>
        <translation>le nom est utilisé deux fois</translation>
    </message>
    <message>
        <source>the tasks would run more than %1 steps</source>
        <translation>les tâches exécuteraient plus de %1 étapes</translation>
    </message>
    <message>
        <source>resource %1: asyncio has no RLock; run it with --model threads</source>
        <translation>ressource %1 : asyncio n&apos;a pas de RLock ; lancez-le avec --model threads</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation>« %1 » manque ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a whole number</source>
        <translation>« %1 » manque ou n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text</source>
        <translation>« name » manque ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is not one of lock, rlock, semaphore, event, condition, barrier, queue, value</source>
        <translation>%1 : « type » n&apos;est ni lock, rlock, semaphore, event, condition, barrier, queue ni value</translation>
    </message>
    <message>
        <source>&quot;do&quot; is missing or not a step TaskLanes knows</source>
        <translation>« do » manque ou n&apos;est pas une étape connue de TaskLanes</translation>
    </message>
    <message>
        <source>no resource is named &quot;%1&quot;</source>
        <translation>aucune ressource ne s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>&quot;resource&quot; is missing or not text</source>
        <translation>« resource » manque ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&quot;until&quot; names no resource</source>
        <translation>« until » ne nomme aucune ressource</translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not text</source>
        <translation>« url » manque ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing or not a list</source>
        <translation>« steps » manque ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (the top level is not an object)</source>
        <translation>pas un fichier de scénario TaskLanes (le niveau supérieur n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (&quot;format&quot; is not &quot;tasklanes-scenario&quot;)</source>
        <translation>pas un fichier de scénario TaskLanes (« format » n&apos;est pas « tasklanes-scenario »)</translation>
    </message>
    <message>
        <source>&quot;title&quot; is not text</source>
        <translation>« title » n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation>« resources » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; is missing or not a list</source>
        <translation>« tasks » manque ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>not a scenario trace TaskLanes wrote (%1)</source>
        <translation>pas une trace de scénario écrite par TaskLanes (%1)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds a control character</source>
        <translation>le nom « %1 » contient un caractère de contrôle</translation>
    </message>
</context>
<context>
    <name>ScenarioEdit</name>
    <message>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>no resource is selected</source>
        <translation>aucune ressource n&apos;est sélectionnée</translation>
    </message>
    <message>
        <source>%1 is still used (%2): remove those steps first</source>
        <translation>%1 est encore utilisé (%2) : supprimez d&apos;abord ces étapes</translation>
    </message>
    <message>
        <source>%1 cannot be a %2: %3 uses it (%4)</source>
        <translation>%1 ne peut pas être un %2 : %3 l&apos;utilise (%4)</translation>
    </message>
    <message>
        <source>another resource is named %1</source>
        <translation>une autre ressource s&apos;appelle %1</translation>
    </message>
    <message>
        <source>another task is named %1</source>
        <translation>une autre tâche s&apos;appelle %1</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Capacity (0: no limit)</source>
        <translation>Capacité (0 : illimitée)</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>a barrier&apos;s parties are a whole number from 1 to %1, the number of tasks</source>
        <translation>les participants d&apos;une barrière sont un nombre entier de 1 à %1, le nombre de tâches</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is needed</source>
        <translation>il faut un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>%1 %2 unit</source>
        <translation>%1 %2 unité</translation>
    </message>
    <message>
        <source>%1 %2 units</source>
        <translation>%1 %2 unités</translation>
    </message>
    <message numerus="yes">
        <source>repeat %n time(s)</source>
        <translation>
            <numerusform>repeat %n fois</numerusform>
            <numerusform>repeat %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>put %1 into %2</source>
        <translation>put %1 dans %2</translation>
    </message>
    <message>
        <source>write %1, adding %2</source>
        <translation>write %1, en ajoutant %2</translation>
    </message>
    <message>
        <source>wait %1 until %2 ≥ %3</source>
        <translation>wait %1 jusqu&apos;à %2 ≥ %3</translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>illimitée</translation>
    </message>
    <message numerus="yes">
        <source>holds %n</source>
        <translation>
            <numerusform>contient %n</numerusform>
            <numerusform>contient %n</numerusform>
        </translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation>commence à %1</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Title of the scenario</source>
        <translation>Titre du scénario</translation>
    </message>
    <message>
        <source>Shown above the timeline and its exports</source>
        <translation>Affiché au-dessus de la chronologie et de ses exports</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <source>A name the steps use: 1 to 64 characters</source>
        <translation>Un nom qu&apos;utilisent les étapes : 1 à 64 caractères</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type de la ressource</translation>
    </message>
    <message>
        <source>Permits:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <source>Resource amount</source>
        <translation>Quantité de la ressource</translation>
    </message>
    <message>
        <source>What is wrong with the resource</source>
        <translation>Ce qui ne va pas dans la ressource</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected resource (no step may use it)</source>
        <translation>Supprimer la ressource sélectionnée (aucune étape ne doit l&apos;utiliser)</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>Chan&amp;ger</translation>
    </message>
    <message>
        <source>Change the selected resource to this name, type and amount</source>
        <translation>Donner à la ressource sélectionnée ce nom, ce type et cette quantité</translation>
    </message>
    <message>
        <source>Add a resource with this name, type and amount</source>
        <translation>Ajouter une ressource avec ce nom, ce type et cette quantité</translation>
    </message>
    <message>
        <source>Tasks and their steps</source>
        <translation>Les tâches et leurs étapes</translation>
    </message>
    <message>
        <source>Task whose steps are shown</source>
        <translation>Tâche dont les étapes sont affichées</translation>
    </message>
    <message>
        <source>Add a task with no steps yet</source>
        <translation>Ajouter une tâche encore sans étapes</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove the task shown, with its steps (undoable)</source>
        <translation>Supprimer la tâche affichée, avec ses étapes (annulable)</translation>
    </message>
    <message>
        <source>Name of the task</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>The task lane is named so: 1 to 64 characters</source>
        <translation>La ligne de la tâche porte ce nom : 1 à 64 caractères</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Give the task shown this name</source>
        <translation>Donner ce nom à la tâche affichée</translation>
    </message>
    <message>
        <source>Steps of the task</source>
        <translation>Étapes de la tâche</translation>
    </message>
    <message>
        <source>The task&apos;s steps in order; drag a step to move it, into a repeat to repeat it</source>
        <translation>Les étapes de la tâche dans l&apos;ordre ; faites glisser une étape pour la déplacer, dans un repeat pour la répéter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation>Dupliquer l&apos;étape sélectionnée (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Supprimer l&apos;étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Monter l&apos;étape sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>Fa&amp;ire :</translation>
    </message>
    <message>
        <source>What the step does (the method Python would call)</source>
        <translation>Ce que fait l&apos;étape (la méthode qu&apos;appellerait Python)</translation>
    </message>
    <message>
        <source>Resource of the step</source>
        <translation>Ressource de l&apos;étape</translation>
    </message>
    <message>
        <source>Only resources this step can work on are offered</source>
        <translation>Seules les ressources sur lesquelles cette étape peut agir sont proposées</translation>
    </message>
    <message>
        <source>Length in units</source>
        <translation>Durée en unités</translation>
    </message>
    <message>
        <source>How many units the step takes (0 to 100000)</source>
        <translation>Combien d&apos;unités dure l&apos;étape (0 à 100000)</translation>
    </message>
    <message>
        <source>Number of the step</source>
        <translation>Nombre de l&apos;étape</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>U&amp;RL :</translation>
    </message>
    <message>
        <source>Address to fetch</source>
        <translation>Adresse à récupérer</translation>
    </message>
    <message>
        <source>An http:// or https:// address, or /page/N of the demo server</source>
        <translation>Une adresse http:// ou https://, ou /page/N du serveur de démonstration</translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation>Nombre de répétitions</translation>
    </message>
    <message>
        <source>How many times the steps inside run (1 to 1000000)</source>
        <translation>Combien de fois les étapes à l&apos;intérieur s&apos;exécutent (1 à 1000000)</translation>
    </message>
    <message>
        <source>Value the wait waits for</source>
        <translation>Valeur qu&apos;attend l&apos;attente</translation>
    </message>
    <message>
        <source>wait_for: wait until a value is at least a number (checked first, and after each notify)</source>
        <translation>wait_for : attendre qu&apos;une valeur atteigne au moins un nombre (vérifié d&apos;abord, puis après chaque notify)</translation>
    </message>
    <message>
        <source>At least:</source>
        <translation>Au moins :</translation>
    </message>
    <message>
        <source>Least value to wait for</source>
        <translation>Plus petite valeur à attendre</translation>
    </message>
    <message>
        <source>What is wrong with the step</source>
        <translation>Ce qui ne va pas dans l&apos;étape</translation>
    </message>
    <message>
        <source>Change the selected step to this one</source>
        <translation>Remplacer l&apos;étape sélectionnée par celle-ci</translation>
    </message>
    <message>
        <source>Add this step at the end of the selected repeat</source>
        <translation>Ajouter cette étape à la fin du repeat sélectionné</translation>
    </message>
    <message>
        <source>Add this step after the selected one, or at the end</source>
        <translation>Ajouter cette étape après celle sélectionnée, ou à la fin</translation>
    </message>
    <message>
        <source>Whether the scenario can run</source>
        <translation>Si le scénario peut s&apos;exécuter</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Add resour&amp;ce</source>
        <translation>Ajouter &amp;la ressource</translation>
    </message>
    <message>
        <source>Which tas&amp;k:</source>
        <translation>&amp;Quelle tâche :</translation>
    </message>
    <message>
        <source>Ne&amp;w task</source>
        <translation>Nouvelle tâc&amp;he</translation>
    </message>
    <message>
        <source>Rename &amp;to:</source>
        <translation>Ren&amp;ommer en :</translation>
    </message>
    <message>
        <source>Res&amp;ource:</source>
        <translation>Ressour&amp;ce :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Du&amp;rée :</translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>W&amp;ait for:</source>
        <translation>Attend&amp;re :</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation>Ajouter dedans</translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation>Ajouter l&apos;&amp;étape</translation>
    </message>
</context>
<context>
    <name>ScenarioLine</name>
    <message>
        <source>%1 acquired %2</source>
        <translation>%1 a acquis %2</translation>
    </message>
    <message>
        <source>%1 waiting on %2 for a notify</source>
        <translation>%1 attend un notify sur %2</translation>
    </message>
    <message>
        <source>%1 waiting at %2</source>
        <translation>%1 attend à %2</translation>
    </message>
    <message>
        <source>%1 waiting for %2 to be set</source>
        <translation>%1 attend que %2 soit levé</translation>
    </message>
    <message>
        <source>%1 waiting for an item in %2</source>
        <translation>%1 attend un élément dans %2</translation>
    </message>
    <message>
        <source>%1 waiting for room in %2</source>
        <translation>%1 attend de la place dans %2</translation>
    </message>
    <message>
        <source>%1 waiting for every item of %2 to be done</source>
        <translation>%1 attend que chaque élément de %2 soit traité</translation>
    </message>
    <message>
        <source>%1 waiting for %2 (held by %3)</source>
        <translation>%1 attend %2 (détenu par %3)</translation>
    </message>
    <message>
        <source>%1 waiting for %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>%1 released %2</source>
        <translation>%1 a libéré %2</translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation>%1 a levé %2</translation>
    </message>
    <message>
        <source>%1 cleared %2</source>
        <translation>%1 a baissé %2</translation>
    </message>
    <message>
        <source>%1 saw %2 set</source>
        <translation>%1 a vu %2 levé</translation>
    </message>
    <message>
        <source>%1 notified all on %2 (woke %3)</source>
        <translation>%1 a notifié tous sur %2 (%3 réveillés)</translation>
    </message>
    <message>
        <source>%1 notified %2 (woke %3)</source>
        <translation>%1 a notifié %2 (%3 réveillés)</translation>
    </message>
    <message>
        <source>%1 woke on %2</source>
        <translation>%1 s&apos;est réveillé sur %2</translation>
    </message>
    <message>
        <source>%1 reached %2 (%3 of %4)</source>
        <translation>%1 a atteint %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>%1 passed %2</source>
        <translation>%1 a franchi %2</translation>
    </message>
    <message>
        <source>%1 put %2 into %3</source>
        <translation>%1 a mis %2 dans %3</translation>
    </message>
    <message>
        <source>%1 got %2 from %3</source>
        <translation>%1 a pris %2 dans %3</translation>
    </message>
    <message>
        <source>%1 marked an item of %2 done</source>
        <translation>%1 a marqué un élément de %2 comme traité</translation>
    </message>
    <message>
        <source>%1 joined %2: every item is done</source>
        <translation>%1 a attendu %2 (join) : chaque élément est traité</translation>
    </message>
    <message>
        <source>%1 read %2: %3</source>
        <translation>%1 a lu %2 : %3</translation>
    </message>
    <message>
        <source>%1 wrote %2: %3</source>
        <translation>%1 a écrit %2 : %3</translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation>%1 a échoué à %2 : %3</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 terminé</translation>
    </message>
    <message>
        <source>%1 waits for %2 held by %3</source>
        <translation>%1 attend %2 détenu par %3</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 attend %2</translation>
    </message>
    <message>
        <source>deadlock: %1</source>
        <translation>interblocage : %1</translation>
    </message>
    <message>
        <source>stall: %1, and no task can give it any more</source>
        <translation>blocage : %1, et aucune tâche ne peut plus le fournir</translation>
    </message>
    <message>
        <source>%1: %2 expected %3, got %4</source>
        <translation>%1 : %2 attendu %3, obtenu %4</translation>
    </message>
    <message>
        <source>1 update lost</source>
        <translation>1 mise à jour perdue</translation>
    </message>
    <message>
        <source>%1 updates lost</source>
        <translation>%1 mises à jour perdues</translation>
    </message>
</context>
<context>
    <name>ScenarioPreset</name>
    <message>
        <source>Washer and dryer (deadlock)</source>
        <translation>Lave-linge et sèche-linge (interblocage)</translation>
    </message>
    <message>
        <source>Two clones of the parent each need the washer and the dryer. Parent A takes the dryer first, Parent B the washer; each then waits for the machine the other holds. Look for the two waiting spans that never end: each names the machine it waits for and who holds it. The run ends with the cycle named, not with a hang.</source>
        <translation>Deux clones du parent ont chacun besoin du lave-linge et du sèche-linge. Parent A prend d&apos;abord le sèche-linge, Parent B le lave-linge ; chacun attend ensuite la machine que l&apos;autre détient. Regardez les deux attentes qui ne finissent jamais : chacune nomme la machine attendue et qui la détient. L&apos;exécution se termine en nommant le cycle, pas en restant bloquée.</translation>
    </message>
    <message>
        <source>Washer and dryer, one lock order</source>
        <translation>Lave-linge et sèche-linge, un seul ordre de verrouillage</translation>
    </message>
    <message>
        <source>The same two clones, but both take the washer before the dryer. Whoever gets the washer first does the whole load; the other waits for the washer, holding nothing, so no cycle can form. Look for the arrow from one parent&apos;s release to the other&apos;s acquire.</source>
        <translation>Les deux mêmes clones, mais tous deux prennent le lave-linge avant le sèche-linge. Celui qui obtient le lave-linge en premier fait toute la lessive ; l&apos;autre attend le lave-linge sans rien détenir, donc aucun cycle ne peut se former. Regardez la flèche entre la libération de l&apos;un et l&apos;acquisition de l&apos;autre.</translation>
    </message>
    <message>
        <source>The checkbook race</source>
        <translation>La course au chéquier</translation>
    </message>
    <message>
        <source>Two clones pay bills from one checkbook of 100: A pays 30, B pays 50. Each reads the balance, works out the new one (that takes a unit) and writes it back. Both read 100, so the second write undoes the first: the checkbook ends with more money than there is. The run prints the balance it should have and the payment that was lost.</source>
        <translation>Deux clones paient des factures avec un chéquier de 100 : A paie 30, B paie 50. Chacun lit le solde, calcule le nouveau (cela prend une unité) et l&apos;écrit. Tous deux lisent 100, donc la seconde écriture efface la première : le chéquier finit avec plus d&apos;argent qu&apos;il n&apos;y en a. L&apos;exécution affiche le solde attendu et le paiement perdu.</translation>
    </message>
    <message>
        <source>The checkbook with a lock</source>
        <translation>Le chéquier avec un verrou</translation>
    </message>
    <message>
        <source>The same payments with a lock around each read and write: the second clone waits until the first has written, then reads the new balance. Both payments count; the balance ends at 20. The price is the waiting span: the payments no longer overlap.</source>
        <translation>Les mêmes paiements avec un verrou autour de chaque lecture et écriture : le second clone attend que le premier ait écrit, puis lit le nouveau solde. Les deux paiements comptent ; le solde finit à 20. Le prix est l&apos;attente : les paiements ne se chevauchent plus.</translation>
    </message>
    <message>
        <source>Two threads adding to a counter</source>
        <translation>Deux threads incrémentent un compteur</translation>
    </message>
    <message>
        <source>The primers&apos; counter: two tasks each add 1 ten times, reading the counter, pausing a moment (a tenth of a unit) and writing it back. The pause lets the other task read the same number, so additions are lost: the counter ends well short of 20. On the event loop the pause is an await, and asyncio loses the same updates: a race needs only a switch between read and write, not threads.</source>
        <translation>Le compteur des tutoriels : deux tâches ajoutent chacune 1 dix fois, en lisant le compteur, en faisant une courte pause (un dixième d&apos;unité) puis en l&apos;écrivant. La pause laisse l&apos;autre tâche lire le même nombre, donc des additions se perdent : le compteur reste bien en dessous de 20. Sur la boucle d&apos;événements, la pause est un await, et asyncio perd les mêmes mises à jour : une course n&apos;a besoin que d&apos;un changement de tâche entre lecture et écriture, pas de threads.</translation>
    </message>
    <message>
        <source>The counter with a lock</source>
        <translation>Le compteur avec un verrou</translation>
    </message>
    <message>
        <source>The same adders, each holding a lock from read to write: the counter reaches 20. On the event loop the lock goes to whoever waited first, so the adders take turns, an arrow for each hand-off. On threads a lock is not fair: the adder that lets go usually takes it straight back before the waiting one wakes, so one adder does most of its additions first. Python&apos;s threading.Lock does the same.</source>
        <translation>Les mêmes additionneurs, chacun tenant un verrou de la lecture à l&apos;écriture : le compteur atteint 20. Sur la boucle d&apos;événements, le verrou va à qui a attendu en premier, donc les additionneurs alternent, une flèche par passage de main. Sur des threads, un verrou n&apos;est pas équitable : l&apos;additionneur qui le lâche le reprend le plus souvent aussitôt, avant que l&apos;autre ne se réveille, donc l&apos;un fait la plupart de ses additions d&apos;abord. Le threading.Lock de Python fait de même.</translation>
    </message>
    <message>
        <source>A Lock taken twice</source>
        <translation>Un Lock pris deux fois</translation>
    </message>
    <message>
        <source>A task that holds a Lock and asks for it again waits for itself: a Lock does not know who holds it. The run ends as a deadlock of one task with itself. Compare the RLock preset, which counts its holder&apos;s acquires.</source>
        <translation>Une tâche qui détient un Lock et le redemande s&apos;attend elle-même : un Lock ne sait pas qui le détient. L&apos;exécution se termine en interblocage d&apos;une tâche avec elle-même. Comparez avec le modèle RLock, qui compte les acquisitions de son détenteur.</translation>
    </message>
    <message>
        <source>An RLock taken twice</source>
        <translation>Un RLock pris deux fois</translation>
    </message>
    <message>
        <source>The same clerk with an RLock: its holder may acquire it again, and must release it as often. The run ends normally. asyncio has no RLock, so this one runs on threads only.</source>
        <translation>Le même commis avec un RLock : son détenteur peut l&apos;acquérir à nouveau, et doit le libérer autant de fois. L&apos;exécution se termine normalement. asyncio n&apos;a pas de RLock, ce modèle ne s&apos;exécute donc que sur des threads.</translation>
    </message>
    <message>
        <source>Ten downloads, three at a time</source>
        <translation>Dix téléchargements, trois à la fois</translation>
    </message>
    <message>
        <source>An event that starts the workers</source>
        <translation>Un événement qui lance les workers</translation>
    </message>
    <message>
        <source>Three workers wait on one event; the starter gets ready for two units and sets it. Every worker resumes at the set, each with an arrow from it, and then they work at once.</source>
        <translation>Trois workers attendent un événement ; le lanceur se prépare pendant deux unités puis le lève. Chaque worker reprend au moment où il est levé, chacun avec une flèche depuis celui-ci, puis ils travaillent en même temps.</translation>
    </message>
    <message>
        <source>A producer and consumers on a condition</source>
        <translation>Un producteur et des consommateurs sur une condition</translation>
    </message>
    <message>
        <source>A baker puts four loaves on a shelf, one a unit, and notifies the shelf&apos;s condition each time; two customers wait on it until there is stock (wait_for), then take a loaf. A wait lets go of the condition&apos;s lock, so the baker can get in: look for each customer&apos;s waiting span, the baker&apos;s notify arrow, and the customer taking the lock back.</source>
        <translation>Un boulanger pose quatre pains sur une étagère, un par unité, et notifie la condition de l&apos;étagère à chaque fois ; deux clients l&apos;attendent jusqu&apos;à ce qu&apos;il y ait du stock (wait_for), puis prennent un pain. Un wait lâche le verrou de la condition, pour que le boulanger puisse entrer : regardez l&apos;attente de chaque client, la flèche notify du boulanger et le client qui reprend le verrou.</translation>
    </message>
    <message>
        <source>A barrier between two phases</source>
        <translation>Une barrière entre deux phases</translation>
    </message>
    <message>
        <source>A bounded queue with join</source>
        <translation>Une file bornée avec join</translation>
    </message>
    <message>
        <source>A producer puts six jobs into a queue that holds two; two consumers get a job, work on it for a unit and mark it done. The producer waits whenever the queue is full, then joins it: it goes on only when every job is done. Look for the put-to-get arrows and the producer&apos;s waits for room.</source>
        <translation>Un producteur met six tâches dans une file qui en contient deux ; deux consommateurs prennent une tâche, y travaillent une unité et la marquent comme faite. Le producteur attend chaque fois que la file est pleine, puis fait join : il ne continue que lorsque chaque tâche est faite. Regardez les flèches de put à get et les attentes de place du producteur.</translation>
    </message>
    <message>
        <source>Ten downloads share a semaphore of 3: at most three run at once, the others wait for a permit. Look for the waves of three, and the arrow from each finished download to the one that takes its permit.</source>
        <translation>Dix téléchargements partagent un sémaphore de 3 : au plus trois s&apos;exécutent à la fois, les autres attendent une autorisation. Regardez les vagues de trois, et la flèche de chaque téléchargement terminé vers celui qui prend son autorisation.</translation>
    </message>
    <message>
        <source>Three workers finish their first phase after 1, 2 and 3 units and wait at a barrier of 3. Nobody starts the second phase before the last one arrives; then all three go at once, the two that waited each with an arrow from the last arrival.</source>
        <translation>Trois workers finissent leur première phase après 1, 2 et 3 unités et attendent à une barrière de 3. Personne ne commence la seconde phase avant que le dernier n&apos;arrive ; puis les trois repartent ensemble, les deux qui attendaient chacun avec une flèche depuis la dernière arrivée.</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>asyncio event loop</source>
        <translation>boucle d&apos;événements asyncio</translation>
    </message>
    <message>
        <source>%1 — on %2, %3 units</source>
        <translation>%1 — sur %2, %3 unités</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>verrou</translation>
    </message>
    <message>
        <source>rlock</source>
        <translation>RLock</translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation>sémaphore</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>barrier</source>
        <translation>barrière</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>set</source>
        <translation>levé</translation>
    </message>
    <message>
        <source>waiting for a resource</source>
        <translation>attend une ressource</translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation>passage de main</translation>
    </message>
    <message>
        <source>lost write</source>
        <translation>écriture perdue</translation>
    </message>
    <message>
        <source>%1 released %2 → %3 acquired it</source>
        <translation>%1 a libéré %2 → %3 l&apos;a acquis</translation>
    </message>
    <message>
        <source>%1 put an item into %2 → %3 got it</source>
        <translation>%1 a mis un élément dans %2 → %3 l&apos;a pris</translation>
    </message>
    <message>
        <source>%1 set %2 → %3 went on</source>
        <translation>%1 a levé %2 → %3 a continué</translation>
    </message>
    <message>
        <source>%1 notified %2 → %3 woke</source>
        <translation>%1 a notifié %2 → %3 s&apos;est réveillé</translation>
    </message>
    <message>
        <source>%1 was the last to reach %2 → %3 went on</source>
        <translation>%1 a atteint %2 en dernier → %3 a continué</translation>
    </message>
    <message>
        <source>%1 finished the last item of %2 → %3&apos;s join returned</source>
        <translation>%1 a terminé le dernier élément de %2 → le join de %3 est revenu</translation>
    </message>
    <message>
        <source>waited %1 units</source>
        <translation>a attendu %1 unités</translation>
    </message>
    <message>
        <source>waiting for %1, held by %2</source>
        <translation>attend %1, détenu par %2</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>attend %1</translation>
    </message>
    <message>
        <source>%1 units, from %2 to %3</source>
        <translation>%1 unités, de %2 à %3</translation>
    </message>
    <message>
        <source>Every task ran all its steps.</source>
        <translation>Chaque tâche a exécuté toutes ses étapes.</translation>
    </message>
    <message>
        <source>A step failed, and its task ended there.</source>
        <translation>Une étape a échoué, et sa tâche s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>%1 hand-offs drawn as arrows.</source>
        <translation>%1 passages de main dessinés en flèches.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>en sommeil</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
</context>
<context>
    <name>ScenarioWindow</name>
    <message>
        <source>Scenarios — TaskLanes</source>
        <translation>Scénarios — TaskLanes</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>Length of one unit</source>
        <translation>Durée d&apos;une unité</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>Ce qu&apos;il faut regarder</translation>
    </message>
    <message>
        <source>What the tasks did</source>
        <translation>Ce que les tâches ont fait</translation>
    </message>
    <message>
        <source>How the run ended</source>
        <translation>Comment l&apos;exécution s&apos;est terminée</translation>
    </message>
    <message>
        <source>Scenario toolbar</source>
        <translation>Barre d&apos;outils des scénarios</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (F5)</source>
        <translation>Exécuter le scénario sur le modèle choisi (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Ouvrir un fichier de scénario</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Save the scenario as a file</source>
        <translation>Enregistrer le scénario dans un fichier</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>Ex&amp;porter l&apos;image…</translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation>Exporter la chronologie en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save tr&amp;ace…</source>
        <translation>Enregistrer la &amp;trace…</translation>
    </message>
    <message>
        <source>Save the run as a Chrome trace (opens in Perfetto)</source>
        <translation>Enregistrer l&apos;exécution comme trace Chrome (s&apos;ouvre dans Perfetto)</translation>
    </message>
    <message>
        <source>&amp;Hand-off arrows</source>
        <translation>&amp;Flèches de passage</translation>
    </message>
    <message>
        <source>Draw an arrow for every hand-off</source>
        <translation>Dessiner une flèche pour chaque passage de main</translation>
    </message>
    <message>
        <source>Views of the scenario run</source>
        <translation>Vues de l&apos;exécution du scénario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation>Temps par tâche</translation>
    </message>
    <message>
        <source>Both models</source>
        <translation>Les deux modèles</translation>
    </message>
    <message>
        <source>The run on threads</source>
        <translation>L&apos;exécution sur des threads</translation>
    </message>
    <message>
        <source>The run on the event loop</source>
        <translation>L&apos;exécution sur la boucle d&apos;événements</translation>
    </message>
    <message>
        <source>Run on &amp;both models</source>
        <translation>Exécuter sur les &amp;deux modèles</translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+F5)</source>
        <translation>Exécuter le scénario sur des threads, puis sur la boucle d&apos;événements, et montrer les deux sur une même échelle de temps (Ctrl+F5)</translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation>Ctrl+F5</translation>
    </message>
    <message>
        <source>Scenario forms</source>
        <translation>Formulaires du scénario</translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation>Chronologie de l&apos;exécution</translation>
    </message>
    <message>
        <source>Both runs</source>
        <translation>Les deux exécutions</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start an empty scenario: one task, no resources yet (Ctrl+N; undoable)</source>
        <translation>Commencer un scénario vide : une tâche, encore aucune ressource (Ctrl+N ; annulable)</translation>
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
        <translation>%1 ; le fichier n&apos;a pas pu être mis de côté, et rien ne sera enregistré par-dessus</translation>
    </message>
    <message>
        <source>%1; it is kept as %2</source>
        <translation>%1 ; le fichier est conservé sous %2</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ChartsPanel</name>
    <message>
        <source>Elapsed time per item</source>
        <translation>Temps écoulé par élément</translation>
    </message>
    <message>
        <source>Total, measured and ideal</source>
        <translation>Total, mesuré et idéal</translation>
    </message>
</context>
<context>
    <name>TaskLanes::CompareView</name>
    <message>
        <source>Comparison of timelines</source>
        <translation>Comparaison des chronologies</translation>
    </message>
    <message>
        <source>Press Run All: every variant that can take the queue runs, and their timelines line up here on one time axis.</source>
        <translation>Appuyez sur « Tout exécuter » : chaque variante qui accepte la file s&apos;exécute, et leurs chronologies s&apos;alignent ici sur un même axe du temps.</translation>
    </message>
    <message>
        <source>Every run of the last Run All on one time axis. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit.</source>
        <translation>Toutes les exécutions du dernier « Tout exécuter » sur un même axe du temps. Molette ou +/- pour zoomer, glisser ou flèches pour se déplacer, Début pour tout voir.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayView</name>
    <message>
        <source>Choose a parent and press Run: the day&apos;s timeline appears here.</source>
        <translation>Choisissez un parent et appuyez sur Exécuter : la chronologie de la journée apparaît ici.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayWindow</name>
    <message>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <source>0: never awaits</source>
        <translation>0 : jamais d&apos;await</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Le vôtre</translation>
    </message>
    <message>
        <source>%v of %m intervals</source>
        <translation>%v intervalles sur %m</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
    <message>
        <source>Kids call at: %1</source>
        <translation>Appels des enfants : %1</translation>
    </message>
    <message>
        <source>A household of your own.</source>
        <translation>Un foyer à vous.</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Exécution impossible : %1</translation>
    </message>
    <message>
        <source>the four parents</source>
        <translation>les quatre parents</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Balayage impossible : %1</translation>
    </message>
    <message>
        <source>the polling sweep</source>
        <translation>le balayage de la scrutation</translation>
    </message>
    <message>
        <source>Running %1: %2 of about %3 units</source>
        <translation>%1 en cours : %2 sur environ %3 unités</translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation>%1 : arrêté.</translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation>arrêté.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>There is no day to export yet: run a parent first.</source>
        <translation>Il n&apos;y a pas encore de journée à exporter : exécutez d&apos;abord un parent.</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 ouvert : %2</translation>
    </message>
    <message>
        <source>There is no day to save yet: run a parent first.</source>
        <translation>Il n&apos;y a pas encore de journée à enregistrer : exécutez d&apos;abord un parent.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save the day&apos;s trace</source>
        <translation>Enregistrer la trace de la journée</translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation>Traces Chrome (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>Impossible d&apos;enregistrer la trace</translation>
    </message>
    <message>
        <source>Open a household</source>
        <translation>Ouvrir un foyer</translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation>Fichiers de foyer (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the household</source>
        <translation>Impossible d&apos;ouvrir le foyer</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>Enregistrer le foyer</translation>
    </message>
    <message>
        <source>Cannot save the household</source>
        <translation>Impossible d&apos;enregistrer le foyer</translation>
    </message>
    <message>
        <source>Polling sweep: at an interval of %1 the kids waited up to %2 units and %3 looks found nothing; at %4, up to %5 units and %6 looks found nothing.</source>
        <translation>Balayage : à un intervalle de %1, les enfants ont attendu jusqu&apos;à %2 unités et %3 coups d&apos;œil n&apos;ont rien trouvé ; à %4, jusqu&apos;à %5 unités et %6 coups d&apos;œil n&apos;ont rien trouvé.</translation>
    </message>
    <message>
        <source>%1 %2 is less than %3 units (0 is work that never awaits)</source>
        <translation>%1 %2 est moins de %3 unités (0 est un travail sans await)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::Engine</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Une exécution est déjà en cours ; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>the system would not start the engine&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation>le système n&apos;a pas démarré le thread du moteur (la limite de processus et de threads, ulimit -u, est-elle atteinte ?)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportActions</name>
    <message>
        <source>Run a variant first: there is no chart to export yet.</source>
        <translation>Exécutez d&apos;abord une variante : il n&apos;y a pas encore de graphique à exporter.</translation>
    </message>
    <message>
        <source>Run a variant first: there is no timeline to export yet.</source>
        <translation>Exécutez d&apos;abord une variante : il n&apos;y a pas encore de chronologie à exporter.</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Export Elapsed-Time Chart</source>
        <translation>Exporter le graphique des temps écoulés</translation>
    </message>
    <message>
        <source>Export Totals Chart</source>
        <translation>Exporter le graphique des totaux</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportDialog</name>
    <message>
        <source>Images (*.png *.svg *.pdf);;PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Images (*.png *.svg *.pdf);;Image PNG (*.png);;Image SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Give a file name ending in .png, .svg or .pdf.</source>
        <translation>Donnez un nom de fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::FileActions</name>
    <message>
        <source>Import Work Queue</source>
        <translation>Importer une file de travail</translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json);;All files (*)</source>
        <translation>File TaskLanes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>%n élément importé depuis %1</numerusform>
            <numerusform>%n éléments importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Work Queue</source>
        <translation>Exporter la file de travail</translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json)</source>
        <translation>File TaskLanes (*.json)</translation>
    </message>
    <message>
        <source>Saved the queue to %1</source>
        <translation>File enregistrée dans %1</translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation>Ouvrir une trace</translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json);;All files (*)</source>
        <translation>Trace TaskLanes (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation>Arrêtez d&apos;abord l&apos;exécution.</translation>
    </message>
    <message>
        <source>Imported the queue from %1</source>
        <translation>File importée depuis %1</translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation>Enregistrer la trace</translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json)</source>
        <translation>Trace TaskLanes (*.json)</translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation>Trace enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>TaskLanes::GanttView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Press Run: the timeline of the run appears here, one lane per task.</source>
        <translation>Appuyez sur « Exécuter » : la chronologie de l&apos;exécution apparaît ici, une piste par tâche.</translation>
    </message>
    <message>
        <source>Task %1 — item %2: %3 %4</source>
        <translation>Task %1 — élément %2 : %3 %4</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Start: %1 ms   End: %2 ms%3</source>
        <translation>Début : %1 ms   Fin : %2 ms%3</translation>
    </message>
    <message>
        <source> (still going)</source>
        <translation> (en cours)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Gantt timeline of the run: one lane per task. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit; Ctrl+arrow keys go from bar to bar, Enter tells about the bar.</source>
        <translation>Chronologie de Gantt de l&apos;exécution : une piste par tâche. Molette ou +/- pour zoomer, glisser ou flèches pour se déplacer, Début pour tout voir ; Ctrl+flèches passent de barre en barre, Entrée décrit la barre.</translation>
    </message>
    <message>
        <source>Elapsed: %1 ms (%L2 units)</source>
        <translation>Durée : %1 ms (%L2 unités)</translation>
    </message>
    <message>
        <source>Task %1 — before its next item</source>
        <translation>Task %1 — avant son élément suivant</translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation>Attend : %1</translation>
    </message>
</context>
<context>
    <name>TaskLanes::Guide</name>
    <message>
        <source>The models</source>
        <translation>Les modèles</translation>
    </message>
    <message>
        <source>Every model runs the same work queue. Pick one in the list, press Run, and compare its timeline with the explanation below; Run All lines them all up on one time axis.</source>
        <translation>Chaque modèle exécute la même file de travail. Choisissez-en un dans la liste, appuyez sur « Exécuter » et comparez sa chronologie avec l&apos;explication ci-dessous ; « Tout exécuter » les aligne tous sur un même axe du temps.</translation>
    </message>
    <message>
        <source>The colours</source>
        <translation>Les couleurs</translation>
    </message>
    <message>
        <source>the task works on the CPU (counting, computing, holding the GIL)</source>
        <translation>la tâche travaille sur le processeur (elle compte, calcule, tient le GIL)</translation>
    </message>
    <message>
        <source>the task&apos;s thread waits in a blocking call: nothing else runs on it</source>
        <translation>le thread de la tâche attend dans un appel bloquant : rien d&apos;autre ne s&apos;y exécute</translation>
    </message>
    <message>
        <source>the task waits without blocking: the event loop runs the others meanwhile</source>
        <translation>la tâche attend sans bloquer : la boucle d&apos;événements exécute les autres pendant ce temps</translation>
    </message>
    <message>
        <source>the item failed (hatched as well); hover it for the reason</source>
        <translation>l&apos;élément a échoué (aussi hachuré) ; survolez-le pour voir la raison</translation>
    </message>
    <message>
        <source>The dashed strip under each lane is the ideal schedule: the same model with no overhead at all. The gap between a lane and its strip is what the machine added.</source>
        <translation>La bande en pointillés sous chaque piste est l&apos;ordonnancement idéal : le même modèle sans aucun surcoût. L&apos;écart entre une piste et sa bande est ce que la machine a ajouté.</translation>
    </message>
    <message>
        <source>Keys on the timeline</source>
        <translation>Touches sur la chronologie</translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation>+ / −, molette</translation>
    </message>
    <message>
        <source>zoom in and out (around the mouse pointer)</source>
        <translation>zoomer et dézoomer (autour du pointeur)</translation>
    </message>
    <message>
        <source>← / →, drag</source>
        <translation>← / →, glisser</translation>
    </message>
    <message>
        <source>pan along the time axis</source>
        <translation>se déplacer le long de l&apos;axe du temps</translation>
    </message>
    <message>
        <source>↑ / ↓, Shift+wheel</source>
        <translation>↑ / ↓, Maj+molette</translation>
    </message>
    <message>
        <source>scroll through the lanes</source>
        <translation>faire défiler les pistes</translation>
    </message>
    <message>
        <source>Home, Ctrl+0, double click</source>
        <translation>Début, Ctrl+0, double-clic</translation>
    </message>
    <message>
        <source>fit the whole run</source>
        <translation>afficher toute l&apos;exécution</translation>
    </message>
    <message>
        <source>Ctrl+← / Ctrl+→</source>
        <translation>Ctrl+← / Ctrl+→</translation>
    </message>
    <message>
        <source>select the previous or next bar in the lane</source>
        <translation>sélectionner la barre précédente ou suivante de la piste</translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation>Ctrl+↑ / Ctrl+↓</translation>
    </message>
    <message>
        <source>select the bar at the same time in the lane above or below</source>
        <translation>sélectionner la barre au même instant dans la piste du dessus ou du dessous</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>show the details of the selected bar</source>
        <translation>afficher le détail de la barre sélectionnée</translation>
    </message>
    <message>
        <source>the task could go on but waits for its turn: the generators&apos; scheduler, an event loop busy with another task, or the GIL held by another thread</source>
        <translation>la tâche pourrait continuer mais attend son tour : l&apos;ordonnanceur des générateurs, une boucle d&apos;événements occupée par une autre tâche, ou le GIL tenu par un autre thread</translation>
    </message>
    <message>
        <source>Every model runs every kind of item as its Python twin would. Counting and computing are CPU work: they hold whatever runs them (the one thread of the sequential and cooperative programs, the event loop of the asynchronous ones, the GIL) and run beside other work only on threads without a GIL and in worker processes. A sleep or a fetch blocks its thread, unless an event loop awaits it. Beside the console, each run&apos;s notes say what it shows, with its figures.</source>
        <translation>Chaque modèle exécute chaque sorte d&apos;élément comme le ferait son jumeau Python. Compter et calculer sont du travail CPU : ils retiennent ce qui les exécute (l&apos;unique thread des programmes séquentiels et coopératifs, la boucle d&apos;événements des programmes asynchrones, le GIL) et ne s&apos;exécutent à côté d&apos;autre travail que sur des threads sans GIL et dans des processus de travail. Un sommeil ou un téléchargement bloque son thread, sauf si une boucle d&apos;événements l&apos;attend. À côté de la console, les notes de chaque exécution disent ce qu&apos;elle montre, avec ses chiffres.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>A work queue is one shape of program. In a scenario (Run › Scenario) each task runs its own steps over shared locks, semaphores, events, conditions, barriers, queues and values, on OS threads or on one asyncio event loop. A task that waits for a resource is hatched, waiting for a resource, and its tooltip names the resource and who holds it; each hand-off (a release to the acquire it lets through, a put to its get, a set or notify to the waiter it wakes, the last arrival at a barrier to the others) is an arrow.</source>
        <translation>Une file de travail est une forme de programme. Dans un scénario (Exécuter › Scénario), chaque tâche exécute ses propres étapes sur des verrous, sémaphores, événements, conditions, barrières, files et valeurs partagés, sur des threads du système ou sur une seule boucle d&apos;événements asyncio. Une tâche qui attend une ressource est hachurée (attend une ressource), et son info-bulle nomme la ressource et qui la détient ; chaque passage de main (une libération vers l&apos;acquisition qu&apos;elle laisse passer, un put vers son get, un set ou un notify vers l&apos;attente qu&apos;il réveille, la dernière arrivée à une barrière vers les autres) est une flèche.</translation>
    </message>
    <message>
        <source>Tasks that wait for each other&apos;s locks in a cycle are a deadlock: the run ends with the cycle named and drawn as a ring where it closed, instead of hanging. Tasks that wait for what no task can give any more (an event nobody will set, a lock held by a task that has ended) are a stall, ended the same way.</source>
        <translation>Des tâches qui attendent en cycle les verrous les unes des autres sont un interblocage : l&apos;exécution se termine en nommant le cycle, dessiné en anneau là où il s&apos;est fermé, au lieu de rester bloquée. Des tâches qui attendent ce qu&apos;aucune tâche ne peut plus fournir (un événement que personne ne lèvera, un verrou détenu par une tâche terminée) sont un blocage, terminé de la même façon.</translation>
    </message>
    <message>
        <source>A read copies a value into the task&apos;s own copy and a write stores that copy plus what it adds, so anything between them can lose an update: another thread, and on the event loop an await. asyncio races too, only fewer places can switch: without an await between read and write, a coroutine cannot lose an update. The value&apos;s lane crosses out each write a later one overwrote.</source>
        <translation>Un read copie une valeur dans la copie propre de la tâche, et un write enregistre cette copie plus ce qu&apos;il ajoute ; tout ce qui se passe entre les deux peut donc perdre une mise à jour : un autre thread, et sur la boucle d&apos;événements un await. asyncio a aussi des courses, mais moins d&apos;endroits où changer de tâche : sans await entre lecture et écriture, une coroutine ne peut pas perdre de mise à jour. La ligne de la valeur barre chaque écriture qu&apos;une suivante a écrasée.</translation>
    </message>
    <message>
        <source>The forms on the left of the scenario build one: resources (a name, a type and its amount), then each task&apos;s steps in order, a repeat holding steps of its own. A field says at once what is wrong with it, and what no field can see (a release of a lock the task does not hold, a write before its read) is said under the forms before Run will start. Each preset&apos;s twin shows its fix: the washer and dryer with one lock order cannot deadlock, the checkbook and the counter with a lock lose no update.</source>
        <translation>Les formulaires à gauche construisent un scénario : les ressources (un nom, un type et sa quantité), puis les étapes de chaque tâche dans l&apos;ordre, un repeat contenant ses propres étapes. Un champ dit aussitôt ce qui ne va pas, et ce qu&apos;aucun champ ne peut voir (la libération d&apos;un verrou que la tâche ne détient pas, un write avant son read) est dit sous les formulaires avant qu&apos;Exécuter ne démarre. Le jumeau de chaque préréglage montre la correction : le lave-linge et le sèche-linge avec un seul ordre de verrous ne peuvent pas se bloquer, le chéquier et le compteur avec un verrou ne perdent aucune mise à jour.</translation>
    </message>
    <message>
        <source>The parent&apos;s day</source>
        <translation>La journée du parent</translation>
    </message>
    <message>
        <source>The synchronous parent</source>
        <translation>Le parent synchrone</translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the load into the washer, standing by it until it buzzes, into the dryer, standing by again, then folding. A kid who calls waits until the thing in hand is done: the worst wait is %1 units, and the laundry is done at %2, because nothing overlaps.</source>
        <translation>Une chose à la fois, chacune jusqu&apos;au bout : le chéquier, puis la charge dans le lave-linge, en attendant à côté qu&apos;il sonne, dans le sèche-linge, en attendant encore, puis le pliage. Un enfant qui appelle attend que la tâche en cours soit finie : la pire attente est de %1 unités, et la lessive est finie à %2, car rien ne se chevauche.</translation>
    </message>
    <message>
        <source>The polling parent</source>
        <translation>Le parent qui scrute</translation>
    </message>
    <message>
        <source>It loads the washer, then works on the checkbook and every interval stops to look at the machines and the kids. A look costs %1 units whether it finds anything or not (with less of the checkbook left than that, the parent finishes it first); a look that finds nothing is wasted. A look every 5 units keeps the worst wait at %2 units and wastes %3 of %4 looks; every 2 units, %5 units and %6 of %7. The polling sweep plots both against the interval.</source>
        <translation>Il charge le lave-linge, puis travaille sur le chéquier et s&apos;arrête à chaque intervalle pour regarder les machines et les enfants. Un coup d&apos;œil coûte %1 unités, qu&apos;il trouve quelque chose ou non (s&apos;il reste moins que cela du chéquier, le parent le finit d&apos;abord) ; un coup d&apos;œil qui ne trouve rien est inutile. Un coup d&apos;œil toutes les 5 unités garde la pire attente à %2 unités et gaspille %3 coups d&apos;œil sur %4 ; toutes les 2 unités, %5 unités et %6 sur %7. Le balayage de la scrutation trace les deux en fonction de l&apos;intervalle.</translation>
    </message>
    <message>
        <source>The threading parent</source>
        <translation>Le parent à threads</translation>
    </message>
    <message>
        <source>The async parent</source>
        <translation>Le parent async</translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments, run (Run › Parent&apos;s Day): a parent balances the checkbook (the parent&apos;s own work), does the laundry (the washer and the dryer run on their own and buzz; each load needs handling: into the washer, into the dryer, out and folded) and watches the kids, who call at moments nobody knows in advance. A call&apos;s latency is the time from the call to the moment attention begins. The figures below are the tutorial&apos;s day (checkbook 20, washer 30, dryer 40, handling 2, calls at 5, 17 and 33, attention 1) with no overhead at all, the ideal each run is drawn against. A run adds what the machine adds: the timers&apos; jitter and, for the clones, more threads than cores.</source>
        <translation>Les expériences de pensée du tutoriel, exécutées (Exécuter › Journée du parent) : un parent fait les comptes du chéquier (son propre travail), fait la lessive (le lave-linge et le sèche-linge tournent seuls et sonnent ; chaque charge demande des manipulations : dans le lave-linge, dans le sèche-linge, sortie et pliage) et surveille les enfants, qui appellent à des moments que personne ne connaît d&apos;avance. La latence d&apos;un appel est le temps entre l&apos;appel et le début de l&apos;attention. Les chiffres ci-dessous sont la journée du tutoriel (chéquier 20, lave-linge 30, sèche-linge 40, manipulation 2, appels à 5, 17 et 33, attention 1) sans aucun surcoût, l&apos;idéal à côté duquel chaque exécution est tracée. Une exécution ajoute ce qu&apos;ajoute la machine : la gigue des minuteries et, pour les clones, plus de threads que de cœurs.</translation>
    </message>
    <message>
        <source>A clone for each chore, on real threads: the washer&apos;s clone, the dryer&apos;s, two clones paying bills from one balance, and one for each kid, so each call is answered as it comes. As the tutorial tells it, the washer&apos;s clone holds the washer and wants the dryer to move the clothes, while the dryer&apos;s clone holds the dryer and wants the washer: a deadlock, and the laundry is never done. The bill payers both read the balance before either writes it: one payment is lost, and the checkbook says there is more money than there is. With --fix (the check box) both machines are taken washer first and a lock guards each payment: the laundry is done at %1 and no payment is lost. The clones run as a scenario, so the deadlock is found and named as in the lab.</source>
        <translation>Un clone pour chaque corvée, sur de vrais threads : le clone du lave-linge, celui du sèche-linge, deux clones qui paient des factures sur un même solde, et un par enfant, si bien que chaque appel reçoit une réponse dès qu&apos;il arrive. Comme le raconte le tutoriel, le clone du lave-linge tient le lave-linge et veut le sèche-linge pour y transférer le linge, tandis que le clone du sèche-linge tient le sèche-linge et veut le lave-linge : un interblocage, et la lessive n&apos;est jamais finie. Les payeurs lisent tous deux le solde avant que l&apos;un ne l&apos;écrive : un paiement est perdu, et le chéquier indique plus d&apos;argent qu&apos;il n&apos;y en a. Avec --fix (la case à cocher), les deux machines sont prises lave-linge d&apos;abord et un verrou protège chaque paiement : la lessive est finie à %1 et aucun paiement n&apos;est perdu. Les clones s&apos;exécutent comme un scénario, si bien que l&apos;interblocage est trouvé et nommé comme dans le labo.</translation>
    </message>
    <message>
        <source>One parent on one event loop: each buzzer and each call is a timer, the laundry and the checkbook are coroutines, and their work goes in pieces of --step units (0.25 by default) with an await between. A call waits a few pieces: as in asyncio, its timer&apos;s callback and then its coroutine take their turns behind the chores&apos; pieces. The worst wait is %1 units, and the laundry is done at %2 because the machines run while the parent works on the checkbook. Attention is given whole. With pieces of 0, work that never awaits, the checkbook holds the loop and the worst wait grows to %3 units: async helps only where the code awaits.</source>
        <translation>Un parent sur une boucle d&apos;événements : chaque sonnerie et chaque appel est une minuterie, la lessive et le chéquier sont des coroutines, et leur travail se fait en morceaux de --step unités (0,25 par défaut) avec un await entre eux. Un appel attend quelques morceaux : comme dans asyncio, le rappel de sa minuterie puis sa coroutine passent à leur tour derrière les morceaux des corvées. La pire attente est de %1 unités, et la lessive est finie à %2 car les machines tournent pendant que le parent travaille sur le chéquier. L&apos;attention est donnée d&apos;un bloc. Avec des morceaux de 0, un travail sans await, le chéquier retient la boucle et la pire attente monte à %3 unités : async n&apos;aide que là où le code attend avec await.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>TaskLanes shows %1 after a restart.</source>
        <translation>TaskLanes s&apos;affichera en %1 après un redémarrage.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Close TaskLanes and start it again in the chosen language; the queue and the settings are kept</source>
        <translation>Fermer TaskLanes et le relancer dans la langue choisie ; la file et les réglages sont conservés</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>TaskLanes::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Speed: 1 unit =</source>
        <translation>Vitesse : 1 unité =</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Milliseconds per unit</source>
        <translation>Millisecondes par unité</translation>
    </message>
    <message>
        <source>How long one unit (the tutorial&apos;s second) lasts in this app</source>
        <translation>Durée d&apos;une unité (la seconde du tutoriel) dans cette application</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aucune exécution</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Exécution impossible : %1</translation>
    </message>
    <message>
        <source>Pick a variant, edit the queue if you like, and press Run (Ctrl+R).</source>
        <translation>Choisissez une variante, modifiez la file si vous le souhaitez, puis appuyez sur « Exécuter » (Ctrl+R).</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Hide this hint (Help › Show the First-Run Hint brings it back)</source>
        <translation>Masquer ce conseil (Aide › Réafficher le conseil de démarrage le fait revenir)</translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation>Guide des modèles</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) not shown here (export the trace to keep them all)</source>
        <translation>
            <numerusform>… %n ligne non affichée ici (exportez la trace pour toutes les garder)</numerusform>
            <numerusform>… %n lignes non affichées ici (exportez la trace pour toutes les garder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d&apos;exécuter %1 : %2</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation>Arrêtez d&apos;abord l&apos;exécution.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Copied the charts to the clipboard</source>
        <translation>Graphiques copiés dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Could not autosave the queue: %1</source>
        <translation>Impossible d&apos;enregistrer automatiquement la file : %1</translation>
    </message>
    <message>
        <source>The saved queue could not be read (%1); starting from the tutorial&apos;s queue.</source>
        <translation>La file enregistrée n&apos;a pas pu être lue (%1) ; départ avec la file du tutoriel.</translation>
    </message>
    <message>
        <source>About TaskLanes</source>
        <translation>À propos de TaskLanes</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TaskLanes %1&lt;/h3&gt;&lt;p&gt;A lab for concurrency models: the programs of the tutorial &quot;Getting Started With Async Features in Python&quot; run on real threads and a real event loop, drawn as timelines.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and QCoro %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TaskLanes %1&lt;/h3&gt;&lt;p&gt;Un laboratoire des modèles de concurrence : les programmes du tutoriel « Getting Started With Async Features in Python » s&apos;exécutent sur de vrais threads et une vraie boucle d&apos;événements, et sont dessinés en chronologies.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (exécuté sur %3) et QCoro %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>%1 stopped after %L2 s</source>
        <translation>%1 arrêtée après %L2 s</translation>
    </message>
    <message>
        <source>%1 finished in %L2 units (%L3 s); ideal %L4 units</source>
        <translation>%1 terminée en %L2 unités (%L3 s) ; idéal %L4 unités</translation>
    </message>
    <message>
        <source>Opened %1: %2, %3 items on %4 tasks, %L5 units (ideal %L6).</source>
        <translation>%1 ouvert : %2, %3 éléments sur %4 tâches, %L5 unités (idéal %L6).</translation>
    </message>
    <message>
        <source>Many worker processes</source>
        <translation>Beaucoup de processus de travail</translation>
    </message>
    <message>
        <source>The processes model starts one worker process per task: %1 of them for %2 cores. Each costs a process start and its memory, and no more than %2 can compute at a time. Start them?</source>
        <translation>Le modèle à processus démarre un processus de travail par tâche : %1 pour %2 cœurs. Chacun coûte un démarrage de processus et sa mémoire, et pas plus de %2 ne peuvent calculer à la fois. Les démarrer ?</translation>
    </message>
    <message>
        <source>GIL s&amp;witch:</source>
        <translation>Bascule du GI&amp;L :</translation>
    </message>
    <message>
        <source>GIL switch interval</source>
        <translation>Intervalle de bascule du GIL</translation>
    </message>
    <message>
        <source>Threads under a GIL: how long a thread may keep the GIL once another asks for it (CPython&apos;s sys.setswitchinterval; 5 ms by default). Real milliseconds, whatever the speed.</source>
        <translation>Threads sous un GIL : combien de temps un thread peut garder le GIL une fois qu&apos;un autre le demande (sys.setswitchinterval de CPython ; 5 ms par défaut). De vraies millisecondes, quelle que soit la vitesse.</translation>
    </message>
    <message>
        <source>New here? The queue holds the tutorial&apos;s sleeps. Press Run with &lt;b&gt;Cooperative with blocking sleep&lt;/b&gt;, then pick &lt;b&gt;Asynchronous&lt;/b&gt; and Run again: the same sleeps take 32 units, then 17, because on an event loop waits overlap. Then pick the preset &lt;b&gt;Tutorial: count 15, 10, 5, 2&lt;/b&gt; and run both again: counting is CPU work, and takes 32 units either way. &lt;b&gt;Run All&lt;/b&gt; lines every model up on one time axis. Help › Guide (F1) says what to look for. &lt;b&gt;Scenario&lt;/b&gt;, at the left of the tool bar, puts the scenario lab in the queue&apos;s place: tasks with locks, events and queues, deadlocks and races.</source>
        <translation>Nouveau ici ? La file contient les sommeils du tutoriel. Appuyez sur Exécuter avec &lt;b&gt;Coopératif avec sommeil bloquant&lt;/b&gt;, puis choisissez &lt;b&gt;Asynchrone&lt;/b&gt; et exécutez à nouveau : les mêmes sommeils prennent 32 unités, puis 17, car sur une boucle d&apos;événements les attentes se chevauchent. Choisissez ensuite le préréglage &lt;b&gt;Tutoriel : compter 15, 10, 5, 2&lt;/b&gt; et exécutez les deux à nouveau : compter est du travail CPU, et prend 32 unités dans les deux cas. &lt;b&gt;Tout exécuter&lt;/b&gt; aligne chaque modèle sur un même axe du temps. Aide › Guide (F1) dit ce qu&apos;il faut regarder. &lt;b&gt;Scénario&lt;/b&gt;, à gauche de la barre d&apos;outils, met le laboratoire de scénarios à la place de la file : des tâches avec des verrous, des events et des files, des interblocages et des courses.</translation>
    </message>
    <message>
        <source>Nothing more to note about this run: its timeline shows it all.</source>
        <translation>Rien de plus à noter sur cette exécution : sa chronologie montre tout.</translation>
    </message>
    <message>
        <source>Made for URLs: the preset “Demo server” has the tutorial&apos;s pages. Any other item runs as it is.</source>
        <translation>Faite pour des URL : le préréglage « Serveur de démonstration » contient les pages du tutoriel. Tout autre élément s&apos;exécute tel qu&apos;il est.</translation>
    </message>
    <message>
        <source>Runs every item as it is; plain numbers (--queue 15,10,5,2) become %1.</source>
        <translation>Exécute chaque élément tel qu&apos;il est ; les nombres simples (--queue 15,10,5,2) deviennent %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) failed:</source>
        <translation>
            <numerusform>%1 : %n élément a échoué :</numerusform>
            <numerusform>%1 : %n éléments ont échoué :</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1 (%2 %3): %4</source>
        <translation>  élément %1 (%2 %3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  et %n autre</numerusform>
            <numerusform>  et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) failed (see the console)</source>
        <translation>
            <numerusform>%1 — %n élément a échoué (voir la console)</numerusform>
            <numerusform>%1 — %n éléments ont échoué (voir la console)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variants and work queue</source>
        <translation>Variantes et file de travail</translation>
    </message>
    <message>
        <source>Work &amp;Queue</source>
        <translation>&amp;File de travail</translation>
    </message>
    <message>
        <source>The tutorial&apos;s program: tasks sharing a work queue, on the variant chosen</source>
        <translation>Le programme du tutoriel : des tâches qui partagent une file de travail, sur la variante choisie</translation>
    </message>
    <message>
        <source>A scenario: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values, on threads or the event loop (Ctrl+Shift+L)</source>
        <translation>Un scénario : chaque tâche a ses propres étapes sur des locks, sémaphores, events, conditions, barrières, files et valeurs, sur des threads ou la boucle d&apos;événements (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (Ctrl+R)</source>
        <translation>Exécuter le scénario sur le modèle choisi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation>Exécuter la variante choisie sur la file de travail (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+Shift+R)</source>
        <translation>Exécuter le scénario sur des threads, puis sur la boucle d&apos;événements, et montrer les deux sur une même échelle de temps (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation>Exécuter l&apos;une après l&apos;autre chaque variante qui accepte cette file, et les comparer (Ctrl+Maj+R)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %L1 s: %n item(s) cut short, drawn as stopped; the items not begun were not run.</source>
        <translation>
            <numerusform>Arrêté après %L1 s : %n élément interrompu, dessiné comme arrêté ; les éléments non commencés n&apos;ont pas été exécutés.</numerusform>
            <numerusform>Arrêté après %L1 s : %n éléments interrompus, dessinés comme arrêtés ; les éléments non commencés n&apos;ont pas été exécutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no run to save yet.</source>
        <translation>Il n&apos;y a encore aucune exécution à enregistrer.</translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation>Vitesse : %1</translation>
    </message>
    <message>
        <source>GIL switch: %1</source>
        <translation>Bascule du GIL : %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln item(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln élément</numerusform>
            <numerusform>%L1 sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;Day</source>
        <translation>&amp;Journée du parent</translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments: a synchronous, a polling, a threading and an async parent through one household&apos;s day, measured (Ctrl+Shift+D)</source>
        <translation>Les expériences de pensée du tutoriel : un parent synchrone, un qui scrute, un à threads et un async à travers la journée d&apos;un foyer, mesurés (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Run the chosen parent through the day (Ctrl+R)</source>
        <translation>Faire passer la journée au parent choisi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Run the four parents through the day, one after the other, and chart them side by side (Ctrl+Shift+R)</source>
        <translation>Faire passer la journée aux quatre parents, l&apos;un après l&apos;autre, et les comparer côte à côte (Ctrl+Maj+R)</translation>
    </message>
</context>
<context>
    <name>TaskLanes::NumberSpin</name>
    <message>
        <source>%1 is not between %2 and %3; it stays %4</source>
        <translation>%1 n&apos;est pas entre %2 et %3 ; la valeur reste %4</translation>
    </message>
</context>
<context>
    <name>TaskLanes::QueueEditor</name>
    <message>
        <source>Choose a preset…</source>
        <translation>Choisir un préréglage…</translation>
    </message>
    <message>
        <source>Move items</source>
        <translation>Déplacer des éléments</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Préréglage : %1</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/delay/300</source>
        <translation>http://127.0.0.1:8080/delay/300</translation>
    </message>
    <message>
        <source>whole number of units, 0 to %1</source>
        <translation>nombre entier d&apos;unités, de 0 à %1</translation>
    </message>
    <message>
        <source>Type a value, then Add (Enter).</source>
        <translation>Saisissez une valeur, puis Ajouter (Entrée).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <source>Duplicate items</source>
        <translation>Dupliquer des éléments</translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation>Supprimer des éléments</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unit(s) in all</source>
        <translation>
            <numerusform>, %n unité en tout</numerusform>
            <numerusform>, %n unités en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n URL(s)</source>
        <translation>
            <numerusform>, %n URL</numerusform>
            <numerusform>, %n URL</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tâches : %1</translation>
    </message>
    <message>
        <source>Row %1 keeps its value: %2</source>
        <translation>La ligne %1 garde sa valeur : %2</translation>
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
        <translation>La file est vide : ajoutez un élément ou choisissez un préréglage.</translation>
    </message>
    <message>
        <source>Skipping %1: they cannot run this queue&apos;s items.</source>
        <translation>%1 ignorées : elles ne peuvent pas exécuter les éléments de cette file.</translation>
    </message>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Une exécution est déjà en cours ; arrêtez-la d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::RunSequence</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation>Une exécution est déjà en cours ; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Rien à exécuter.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioChartView</name>
    <message>
        <source>Time per task</source>
        <translation>Temps par tâche</translation>
    </message>
    <message>
        <source>Each task&apos;s time: running, sleeping, ready, waiting on each resource</source>
        <translation>Le temps de chaque tâche : en cours, en sommeil, prête, en attente de chaque ressource</translation>
    </message>
    <message>
        <source>After a run: where each task&apos;s time went.</source>
        <translation>Après une exécution : où est passé le temps de chaque tâche.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioEditor</name>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>units, e.g. 1 or 0.5</source>
        <translation>unités, par ex. 1 ou 0.5</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>par ex. 3</translation>
    </message>
    <message numerus="yes">
        <source>Ready to run: %n task(s)</source>
        <translation>
            <numerusform>Prêt à s&apos;exécuter : %n tâche</numerusform>
            <numerusform>Prêt à s&apos;exécuter : %n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s).</source>
        <translation>
            <numerusform>%n ressource.</numerusform>
            <numerusform>%n ressources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run yet: %1.</source>
        <translation>Ne peut pas encore s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>Le titre dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>Set the title</source>
        <translation>Définir le titre</translation>
    </message>
    <message>
        <source>a number, e.g. 100</source>
        <translation>un nombre, par ex. 100</translation>
    </message>
    <message>
        <source>Change the selected resource&apos;s fields, or type another name to add a new one.</source>
        <translation>Modifiez les champs de la ressource sélectionnée, ou tapez un autre nom pour en ajouter une nouvelle.</translation>
    </message>
    <message>
        <source>Name a lock, a semaphore, a queue… and add it; the steps below can then use it.</source>
        <translation>Nommez un lock, un sémaphore, une file… et ajoutez-le ; les étapes ci-dessous pourront alors l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The scenario has %1 resources, as many as it can.</source>
        <translation>Le scénario a %1 ressources, autant qu&apos;il peut en avoir.</translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation>Ajouter la ressource %1</translation>
    </message>
    <message>
        <source>Change resource %1</source>
        <translation>Modifier la ressource %1</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Supprimer la ressource %1</translation>
    </message>
    <message>
        <source>(a plain wait)</source>
        <translation>(une attente simple)</translation>
    </message>
    <message>
        <source>The item put into the queue</source>
        <translation>L&apos;élément mis dans la file</translation>
    </message>
    <message>
        <source>What the write adds to the task&apos;s copy of the value</source>
        <translation>Ce que le write ajoute à la copie de la valeur dans la tâche</translation>
    </message>
    <message>
        <source>%1 needs a resource it can work on: add one under Resources</source>
        <translation>%1 a besoin d&apos;une ressource sur laquelle agir : ajoutez-en une sous Ressources</translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2</source>
        <translation>%1 n&apos;est pas entre 0 et %2</translation>
    </message>
    <message>
        <source>%1 has more than 15 digits</source>
        <translation>%1 a plus de 15 chiffres</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 is needed</source>
        <translation>il faut un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>Add it after the selected step, or apply it to that step.</source>
        <translation>Ajoutez-la après l&apos;étape sélectionnée, ou appliquez-la à cette étape.</translation>
    </message>
    <message>
        <source>Add it at the end of %1&apos;s steps.</source>
        <translation>Ajoutez-la à la fin des étapes de %1.</translation>
    </message>
    <message>
        <source>Add step %1 to %2</source>
        <translation>Ajouter l&apos;étape %1 à %2</translation>
    </message>
    <message>
        <source>This repeat holds steps: move or remove them before it becomes another step.</source>
        <translation>Ce repeat contient des étapes : déplacez-les ou supprimez-les avant qu&apos;il ne devienne une autre étape.</translation>
    </message>
    <message>
        <source>Change step %1 of %2</source>
        <translation>Modifier l&apos;étape %1 de %2</translation>
    </message>
    <message>
        <source>Duplicate a step of %1</source>
        <translation>Dupliquer une étape de %1</translation>
    </message>
    <message>
        <source>Remove step %1 of %2</source>
        <translation>Supprimer l&apos;étape %1 de %2</translation>
    </message>
    <message>
        <source>Move a step of %1 up</source>
        <translation>Monter une étape de %1</translation>
    </message>
    <message>
        <source>Move a step of %1 down</source>
        <translation>Descendre une étape de %1</translation>
    </message>
    <message>
        <source>Move a step of %1</source>
        <translation>Déplacer une étape de %1</translation>
    </message>
    <message>
        <source>The scenario has %1 tasks, as many as it can.</source>
        <translation>Le scénario a %1 tâches, autant qu&apos;il peut en avoir.</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Ajouter la tâche %1</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Supprimer la tâche %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioView</name>
    <message>
        <source>Scenario timeline</source>
        <translation>Chronologie du scénario</translation>
    </message>
    <message>
        <source>Each task&apos;s states, each resource over time, and arrows for the hand-offs</source>
        <translation>Les états de chaque tâche, chaque ressource au fil du temps, et des flèches pour les passages de main</translation>
    </message>
    <message>
        <source>Pick a scenario and press Run: each task gets a lane, each resource one below them, and every hand-off an arrow.</source>
        <translation>Choisissez un scénario et appuyez sur Exécuter : chaque tâche a sa ligne, chaque ressource une en dessous, et chaque passage de main une flèche.</translation>
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
        <translation>Boucle d&apos;événements (asyncio)</translation>
    </message>
    <message>
        <source>What each task does, as it happens.</source>
        <translation>Ce que fait chaque tâche, au fur et à mesure.</translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation>Depuis %1.</translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Fichiers de scénario (*.json)</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Impossible d&apos;ouvrir le scénario</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Impossible d&apos;enregistrer le scénario</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the timeline</source>
        <translation>Impossible d&apos;exporter la chronologie</translation>
    </message>
    <message>
        <source>Save the trace</source>
        <translation>Enregistrer la trace</translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation>Traces Chrome (*.json)</translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation>Impossible d&apos;enregistrer la trace</translation>
    </message>
    <message>
        <source>Running on threads…</source>
        <translation>En cours sur des threads…</translation>
    </message>
    <message>
        <source>Running on the event loop…</source>
        <translation>En cours sur la boucle d&apos;événements…</translation>
    </message>
    <message>
        <source>On threads: %1
On the event loop: %2</source>
        <translation>Sur des threads : %1
Sur la boucle d&apos;événements : %2</translation>
    </message>
    <message>
        <source>A run read back from %1.</source>
        <translation>Une exécution relue depuis %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Could not autosave the scenario: %1</source>
        <translation>Impossible d&apos;enregistrer automatiquement le scénario : %1</translation>
    </message>
    <message>
        <source>Your scenario</source>
        <translation>Votre scénario</translation>
    </message>
    <message>
        <source>The scenario you were editing.</source>
        <translation>Le scénario que vous modifiiez.</translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read: %1</source>
        <translation>Le scénario enregistré automatiquement n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Load “%1”</source>
        <translation>Charger « %1 »</translation>
    </message>
    <message>
        <source>Edited: this is no longer “%1” as it came, so what it said to look for may not hold. Undo (Ctrl+Z) goes back step by step.</source>
        <translation>Modifié : ce n&apos;est plus « %1 » tel qu&apos;il était livré, donc ce qu&apos;il disait d&apos;observer peut ne plus valoir. Annuler (Ctrl+Z) revient en arrière pas à pas.</translation>
    </message>
    <message>
        <source>Cannot run yet: %1</source>
        <translation>Ne peut pas encore s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité : %1</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>An empty scenario: add its resources on the left, then each task&apos;s steps.</source>
        <translation>Un scénario vide : ajoutez ses ressources à gauche, puis les étapes de chaque tâche.</translation>
    </message>
</context>
<context>
    <name>TaskLanes::WorkQueueModel</name>
    <message>
        <source>Item %1: %2 %3</source>
        <translation>Élément %1 : %2 %3</translation>
    </message>
    <message>
        <source>Enter a whole number of units.</source>
        <translation>Saisissez un nombre entier d&apos;unités.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>« %1 » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>“%1” is not a kind (%2)</source>
        <translation>« %1 » n&apos;est pas un type (%2)</translation>
    </message>
</context>
<context>
    <name>TraceImport</name>
    <message>
        <source>not a trace written by TaskLanes (no &quot;traceEvents&quot; with &quot;otherData.variant&quot;)</source>
        <translation>pas une trace écrite par TaskLanes (pas de « traceEvents » avec « otherData.variant »)</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation>variante « %1 » inconnue</translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation>« unit_ms » manque ou sort des limites</translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing</source>
        <translation>« total_ms » manque</translation>
    </message>
    <message>
        <source>event %1 is damaged (lane, item index, ts or dur)</source>
        <translation>l&apos;événement %1 est endommagé (piste, indice d&apos;élément, ts ou dur)</translation>
    </message>
    <message>
        <source>event %1 has an unknown state &quot;%2&quot;</source>
        <translation>l&apos;événement %1 a un état inconnu « %2 »</translation>
    </message>
    <message>
        <source>item %1 appears twice</source>
        <translation>l&apos;élément %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>item %1 has an unknown kind</source>
        <translation>l&apos;élément %1 est d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1 : %2</translation>
    </message>
    <message>
        <source>the trace has no work events</source>
        <translation>la trace ne contient aucun événement de travail</translation>
    </message>
    <message>
        <source>item %1 is missing: the trace is incomplete</source>
        <translation>l&apos;élément %1 manque : la trace est incomplète</translation>
    </message>
    <message>
        <source>a state event names item %1, which has no work event</source>
        <translation>un événement d&apos;état désigne l&apos;élément %1, qui n&apos;a pas d&apos;événement de travail</translation>
    </message>
    <message>
        <source>a state event of item %1 is on another task than its work event</source>
        <translation>un événement d&apos;état de l&apos;élément %1 est sur une autre tâche que son événement de travail</translation>
    </message>
    <message>
        <source>event %1 is damaged (its state)</source>
        <translation>l&apos;événement %1 est endommagé (son état)</translation>
    </message>
    <message>
        <source>a state event is on a task the trace does not have</source>
        <translation>un événement d&apos;état est sur une tâche que la trace n&apos;a pas</translation>
    </message>
</context>
<context>
    <name>Variant</name>
    <message>
        <source>Synchronous (sequential calls)</source>
        <translation>Synchrone (appels successifs)</translation>
    </message>
    <message>
        <source>Cooperative (generators)</source>
        <translation>Coopératif (générateurs)</translation>
    </message>
    <message>
        <source>Cooperative with blocking sleep</source>
        <translation>Coopératif avec attente bloquante</translation>
    </message>
    <message>
        <source>Asynchronous (event loop)</source>
        <translation>Asynchrone (boucle d&apos;événements)</translation>
    </message>
    <message>
        <source>Blocking HTTP (generators)</source>
        <translation>HTTP bloquant (générateurs)</translation>
    </message>
    <message>
        <source>Generators that each take a URL and fetch it with a blocking GET, yielding once per page. While one GET waits for the server nothing else runs: on the timeline the spans follow each other and the total is the sum of the response times.</source>
        <translation>Des générateurs qui prennent chacun une URL et la téléchargent par un GET bloquant, en cédant la main une fois par page. Tant qu&apos;un GET attend le serveur, rien d&apos;autre ne s&apos;exécute : sur la chronologie les segments se suivent et le total est la somme des temps de réponse.</translation>
    </message>
    <message>
        <source>Non-blocking HTTP (event loop)</source>
        <translation>HTTP non bloquant (boucle d&apos;événements)</translation>
    </message>
    <message>
        <source>Processes (worker processes)</source>
        <translation>Processus (processus de travail)</translation>
    </message>
    <message>
        <source>Threads under a GIL</source>
        <translation>Threads sous un GIL</translation>
    </message>
    <message>
        <source>queue item %1 (%2 %3) cannot run under &apos;%4&apos;, which takes %5 items</source>
        <translation>l&apos;élément %1 de la file (%2 %3) ne peut pas s&apos;exécuter avec « %4 », qui prend des éléments %5</translation>
    </message>
    <message>
        <source>Coroutines that await non-blocking GETs on one event loop: while one task waits for a page the others send their requests, so the waits overlap and the total is about the longest lane. Up to 100 requests are in flight at once, as in aiohttp&apos;s default session; beyond that, a request waits for a free connection.</source>
        <translation>Des coroutines qui attendent des GET non bloquants sur une boucle d&apos;événements : pendant qu&apos;une tâche attend une page, les autres envoient leurs requêtes, les attentes se chevauchent donc et le total est environ celui de la piste la plus longue. Jusqu&apos;à 100 requêtes sont en cours à la fois, comme dans la session par défaut d&apos;aiohttp ; au-delà, une requête attend une connexion libre.</translation>
    </message>
    <message>
        <source>Asynchronous with a process pool</source>
        <translation>Asynchrone avec un pool de processus</translation>
    </message>
    <message>
        <source>The event loop of the asynchronous variant, with every counting or computing item sent to a pool of worker processes (loop.run_in_executor with a ProcessPoolExecutor, one process per task) and awaited; sleeps and fetches are awaited as before. The loop stays free while the CPU work runs in parallel: on compute items it is faster than the asynchronous variant by up to as many times as there are cores, on sleeps it equals it, and the workers&apos; start shows at the beginning.</source>
        <translation>La boucle d&apos;événements de la variante asynchrone, où chaque élément qui compte ou calcule est envoyé à un pool de processus de travail (loop.run_in_executor avec un ProcessPoolExecutor, un processus par tâche) et attendu ; les sommeils et les téléchargements sont attendus comme avant. La boucle reste libre pendant que le travail CPU s&apos;exécute en parallèle : sur des éléments de calcul elle est plus rapide que la variante asynchrone jusqu&apos;à autant de fois qu&apos;il y a de cœurs, sur des sommeils elle l&apos;égale, et le démarrage des processus se voit au début.</translation>
    </message>
    <message>
        <source>Each task is a generator that yields after every counting step; a scheduler loop resumes the tasks in turn, and a task waiting for its turn shows as ready. On the timeline the lanes interleave step by step, yet the total is the same as the synchronous one: taking turns does not make CPU work faster. Only counting yields: a sleep, a fetch or a computation runs to its end and holds every task, as it would in Python.</source>
        <translation>Chaque tâche est un générateur qui cède la main après chaque pas de comptage ; une boucle d&apos;ordonnancement reprend les tâches à tour de rôle, et une tâche qui attend son tour apparaît comme prête. Sur la chronologie les pistes alternent pas à pas, mais le total est le même que celui du programme synchrone : se relayer ne rend pas le travail CPU plus rapide. Seul le comptage cède la main : un sommeil, un téléchargement ou un calcul s&apos;exécute jusqu&apos;au bout et retient toutes les tâches, comme en Python.</translation>
    </message>
    <message>
        <source>Generators again, but each task does one item to its end, blocking, and then yields. While one task sleeps nothing else can run: the others are ready, waiting for their turn, the spans follow each other and never overlap, and the total is the sum of all items.</source>
        <translation>De nouveau des générateurs, mais chaque tâche fait un élément jusqu&apos;au bout, en bloquant, puis cède la main. Tant qu&apos;une tâche dort, rien d&apos;autre ne peut s&apos;exécuter : les autres sont prêtes et attendent leur tour, les segments se suivent sans jamais se chevaucher, et le total est la somme de tous les éléments.</translation>
    </message>
    <message>
        <source>One worker process per task (this program in worker mode), fed items over pipes by whichever worker asks next. Real CPU parallelism like threads, at a price: each process must start (visible at the start of each lane), every item and its result is copied over a pipe, and the processes share no memory.</source>
        <translation>Un processus de travail par tâche (ce programme en mode travail), alimenté en éléments par des tubes, selon celui qui demande le premier. Un vrai parallélisme CPU comme les threads, à un prix : chaque processus doit démarrer (visible au début de chaque piste), chaque élément et son résultat sont copiés par un tube, et les processus ne partagent aucune mémoire.</translation>
    </message>
    <message>
        <source>Each task is a plain function, called one after the other. Task One takes items until the queue is empty, so it does all the work while Task Two finds nothing to do, whatever the items are: counting, computing, sleeping and fetching all hold the one thread. On the timeline: one busy lane, one empty lane.</source>
        <translation>Chaque tâche est une simple fonction, appelée l&apos;une après l&apos;autre. Task One prend des éléments jusqu&apos;à ce que la file soit vide : elle fait donc tout le travail pendant que Task Two ne trouve rien à faire, quels que soient les éléments : compter, calculer, dormir et télécharger retiennent tous l&apos;unique thread. Sur la chronologie : une piste pleine, une piste vide.</translation>
    </message>
    <message>
        <source>Threads without a GIL (QThreadPool)</source>
        <translation>Threads sans GIL (QThreadPool)</translation>
    </message>
    <message>
        <source>One OS thread per task, taking items from a shared queue under a lock, with blocking calls. Sleeps and fetches overlap across threads, and counting and computing overlap too, as far as there are CPU cores: this is free-threaded Python (3.13t and later) or C code that releases the GIL, not standard CPython (see Threads under a GIL). On a 2-core machine two computing threads finish together, a third makes them all slower.</source>
        <translation>Un thread du système par tâche, qui prend des éléments dans une file partagée sous un verrou, avec des appels bloquants. Les sommeils et les téléchargements se chevauchent d&apos;un thread à l&apos;autre, et le comptage et le calcul aussi, dans la limite des cœurs : c&apos;est Python sans GIL (3.13t et suivants) ou du code C qui libère le GIL, pas le CPython habituel (voir Threads sous un GIL). Sur une machine à 2 cœurs, deux threads qui calculent finissent ensemble, un troisième les ralentit tous.</translation>
    </message>
    <message>
        <source>Threads again, under one global interpreter lock as in standard CPython: a thread counts or computes only while it holds the GIL. A thread that wants it asks, and the holder lets go at the next switch interval (5 ms unless set otherwise), so computing threads take turns in slices and gain nothing. Sleeps and fetches let go of it and overlap, but a thread coming back from one must take the GIL again: behind a computing thread it waits, ready, for up to a switch interval (the convoy).</source>
        <translation>De nouveau des threads, sous un verrou global de l&apos;interpréteur comme dans le CPython habituel : un thread ne compte ou ne calcule que tant qu&apos;il tient le GIL. Un thread qui le veut le demande, et celui qui le tient le lâche au prochain intervalle de bascule (5 ms sauf réglage contraire) : les threads qui calculent se relaient donc par tranches et ne gagnent rien. Les sommeils et les téléchargements le lâchent et se chevauchent, mais un thread qui en revient doit reprendre le GIL : derrière un thread qui calcule il attend, prêt, jusqu&apos;à un intervalle de bascule (le convoi).</translation>
    </message>
    <message>
        <source>Each task is a coroutine on one event loop. A sleep or fetch is awaited while the loop runs the others, so the waits overlap: the total is the busiest task&apos;s share (17 on the tutorial&apos;s queue), never less than the longest item. Asyncio is cooperative too: a task gives up the loop only at an await, so counting or computing holds it while the others wait, ready. On CPU work it is no faster than sequential code.</source>
        <translation>Chaque tâche est une coroutine sur une boucle d&apos;événements. Un sommeil ou un téléchargement est attendu (await) pendant que la boucle exécute les autres, les attentes se chevauchent donc : le total est la part de la tâche la plus chargée (17 sur la file du tutoriel), jamais moins que l&apos;élément le plus long. Asyncio est coopératif lui aussi : une tâche ne rend la boucle qu&apos;à un await, compter ou calculer la retient donc pendant que les autres attendent, prêtes. Sur du travail CPU il n&apos;est pas plus rapide que du code séquentiel.</translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <source>count</source>
        <translation>compter</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>dormir</translation>
    </message>
    <message>
        <source>fetch</source>
        <translation>télécharger</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>calculer</translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>%1 is negative</source>
        <translation>%1 est négatif</translation>
    </message>
    <message>
        <source>%1 is larger than the maximum of %2 units</source>
        <translation>%1 dépasse le maximum de %2 unités</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>l&apos;URL est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>« %1 » n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>« %1 » n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation>la file est vide</translation>
    </message>
    <message>
        <source>the queue has %1 items, more than the maximum of %2</source>
        <translation>la file compte %1 éléments, plus que le maximum de %2</translation>
    </message>
    <message>
        <source>queue item %1</source>
        <translation>l&apos;élément %1 de la file</translation>
    </message>
    <message>
        <source> is empty</source>
        <translation> est vide</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is larger than the maximum of %3 units</source>
        <translation>%1 (« %2 ») dépasse le maximum de %3 unités</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is not a whole number or an http(s) URL</source>
        <translation>%1 (« %2 ») n&apos;est ni un nombre entier ni une URL http(s)</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is a number, but this variant fetches http(s) URLs</source>
        <translation>%1 (« %2 ») est un nombre, mais cette variante télécharge des URL http(s)</translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (the top level is not an object)</source>
        <translation>pas un fichier de file TaskLanes (le niveau supérieur n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (&quot;format&quot; is not &quot;tasklanes-queue&quot;)</source>
        <translation>pas un fichier de file TaskLanes (« format » n&apos;est pas « tasklanes-queue »)</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must be a whole number from 1 to %1</source>
        <translation>« tasks » doit être un entier de 1 à %1</translation>
    </message>
    <message>
        <source>&quot;items&quot; is missing or not a list</source>
        <translation>« items » manque ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 items, more than the maximum of %2</source>
        <translation>%1 éléments, plus que le maximum de %2</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>élément %1 : </translation>
    </message>
    <message>
        <source>not an object with &quot;kind&quot; and &quot;value&quot;</source>
        <translation>pas un objet avec « kind » et « value »</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected count, sleep, fetch or compute)</source>
        <translation>type « %1 » inconnu (attendu : count, sleep, fetch ou compute)</translation>
    </message>
    <message>
        <source>a fetch item&apos;s value must be a URL string</source>
        <translation>la valeur d&apos;un élément fetch doit être une URL sous forme de chaîne</translation>
    </message>
    <message>
        <source>a %1 item&apos;s value must be a whole number</source>
        <translation>la valeur d&apos;un élément %1 doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2</source>
        <translation>%1 sort de l&apos;intervalle de 0 à %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 et %2</translation>
    </message>
</context>
</TS>
