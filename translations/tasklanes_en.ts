<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Charts</name>
    <message>
        <source>item %1 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time per item (no run yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: elapsed time of each item, by task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time spent on items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time spent on items, by task (%2 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elapsed (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: measured and ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total (units)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>%1: %L2 units (ideal %L3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayCharts</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n deadlock</numerusform>
            <numerusform>%n deadlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n lost update</numerusform>
            <numerusform>%n lost updates</numerusform>
        </translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laundry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the parents (Run All runs the four) to compare them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention latency (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks (polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling parent at each interval between looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval between looks (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst latency (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wasted looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst latency, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wasted looks, measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep the Interval runs the polling parent at intervals from 0.5 to 10 units and plots its worst latency and its wasted looks against the interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayRenderer</name>
    <message>
        <source>checkbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving clothes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>washing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling, not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling parent, a look every %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threading parent (clones), fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threading parent (clones), as the tutorial tells it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async parent, an await every %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async parent, work that never awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped at %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the day ends at %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a buzzer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buzzed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called at %2; attention %3 units later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 called at %2; nobody answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deadlocked: it never ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4 units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayWindow</name>
    <message>
        <source>The Parent&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;kbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the parent&apos;s own work on the checkbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Washer cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units the washer runs on its own before it buzzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;yer cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units the dryer runs on its own before it buzzes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handlin&amp;g per load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s work each time the load is handled: into the washer, into the dryer, out and folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids &amp;call at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atte&amp;ntion per call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the parent&apos;s attention each call needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a household file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this household to a file (tasklanes run parent-… --household reads it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling parent looks at everything this often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;between awaits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The async parent&apos;s work goes in pieces this long with an await between; 0: work that never awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x the clones: one lock order, a checkbook lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one unit of the day lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Four Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep the Interva&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the polling parent at every interval from 0.5 to 10 units, one day after the other in the background, at 10 ms a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what the tab shows as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day on the timeline as a Chrome Trace Event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parent says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the kids waited up to %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the checkbook was done at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the checkbook was never done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the laundry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the laundry never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 of %2 looks found nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deadlock(s)</source>
        <translation>
            <numerusform>%n deadlock</numerusform>
            <numerusform>%n deadlocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lost update(s)</source>
        <translation>
            <numerusform>%n lost update</numerusform>
            <numerusform>%n lost updates</numerusform>
        </translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the laundry, standing by each machine until it buzzes. A kid who calls waits until the thing in hand is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clone for each chore, all at once on threads: the washer&apos;s, the dryer&apos;s, two paying bills from one balance, and one for each kid. As the tutorial tells it, the washer&apos;s and the dryer&apos;s clones each hold one machine and want the other, and the bill payers overwrite each other&apos;s balance. Fixed: one lock order, a lock around the checkbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moments the kids call, in units from the start of the day, in order, separated by spaces, semicolons or (where the decimal sign is a point) commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One parent on an event loop: the buzzers and the calls are timers, the chores coroutines whose work goes in pieces with an await between. A call waits a few pieces: as in asyncio, its timer and then its coroutine take their turns behind the chores&apos; pieces. With pieces of 0 the work never awaits, and the kids wait as for the synchronous parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the washer, then works on the checkbook and stops every interval to look at the machines and the kids; a look costs %1 units, found anything or not. A look that finds nothing is wasted; a call waits up to an interval and two looks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is it in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo server did not start within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system would not start the demo server&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>no model to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit of %1 ms is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout of %1 ms is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch interval of %1 ms is outside 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>unknown image type (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1×%2 is outside 16 to 20000 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 tasks, %3 ms per unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline.png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel density of PNG images (SVG and PDF are vector graphics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileError</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing reads from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a device, a pipe or a socket): save what it gives to a file and open that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this TaskLanes reads (%2); please update TaskLanes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gantt</name>
    <message>
        <source>running (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideal schedule (no overhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready (waiting for its turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (lock or resource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheduler loop to resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event loop, busy with another task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GIL, held by another thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (cut short by Stop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>%1: %2 is not a number of units from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids: %1 calls, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids, call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids, call %1: %2 comes before the call before it (%3); list the calls in the order they come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes household file (the top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes household file (&quot;format&quot; is not &quot;tasklanes-household&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids: not a list of the moments the kids call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kids, call %1: not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkbook of 20 units, a washer of 30 and a dryer of 40, 2 units of handling per load, and three calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids who call often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call every 7 units: the synchronous parent keeps them waiting through every chore; polling catches them one look late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long checkbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 units of checkbook: work that never awaits keeps every kid waiting until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chores: what overlapping the machines with the checkbook saves, and what the polling parent&apos;s looks cost with nothing to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threading parent (clones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Async parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkbook done: %1 (ideal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laundry done: %1 (ideal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention latency: %1; mean %2, worst %3 (ideal mean %4, worst %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks: %1, wasted %2 (ideal %3, wasted %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlocks: %1, lost updates: %2 (ideal %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dryer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1 (%2 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: Kid %1 called at %2, attending%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: washer buzzed at %1, moving clothes%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: dryer buzzed at %1, folding%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: balancing the checkbook at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: checkbook done at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: loading the washer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: standing by the %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>washer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dryer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: laundry done at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: checking at %1: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: checking at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (washer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (dryer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (bills %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (Kid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not a number of units from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or 0: work that never awaits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval: %1 is too short for this household: about %2 checks, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--step: %1 is too short for this household: about %2 steps, more than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a day&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a trace of the parent&apos;s day (&quot;otherData.variant&quot; is not a parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lane&apos;s tid is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lanes are not numbered 1, 2, 3, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;parent_lanes&quot; does not fit its lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span of the day is damaged (its lane, time, activity or state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span names a call the household does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call or a buzzer of the day is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemError</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process crashed or was killed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed worker output: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed worker output: a line longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no worker process left to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process could not start: no worker program is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process could not start: %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process could not start: %1 is not a TaskLanes worker (it answered &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process did not begin the item within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker process did not finish the item within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system would not start a thread it needed (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TaskLanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines, as the run prints them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s output lines appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the app&apos;s texts (from the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a work queue from a JSON file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the work queue as a JSON file (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline as PNG, SVG or PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Elapsed-Time Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the elapsed-time chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export T&amp;otals Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the measured-versus-ideal chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Co&amp;mparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every run of the last Run All, stacked on one time axis, as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trace saved by TaskLanes and show it in the timeline and charts (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the charts to the clipboard as an image (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole run on the timeline (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Ideal Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the schedule with zero overhead under each lane (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide to the Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each model does and what to look for on its timeline; the colours and the keys (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;First-Run Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the hint for newcomers above the timeline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TaskLanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last run teaches, worked out from what it recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a run, what it shows is said here in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varia&amp;nts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the scenario lab: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tr&amp;ace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run on the timeline as a Chrome trace, which Perfetto and File › Open Trace open (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same Time Scale for Every Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every run on the scale of the longest one so far, so that a run of 17 units looks half as long as one of 32</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>requests waited for a free connection (waits: %1; %2 units in all): at most 100 requests are in flight at once, as in aiohttp&apos;s default session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event loop was blocked: CPU work held it for %1 units, the longest Task %2&apos;s item %3 (%4 %5) for %6 units, while other tasks were ready and waited %7 units in all. A coroutine that counts or computes stops every other task until it ends (asyncio&apos;s debug mode reports such a step as slow); async-offload runs CPU work in worker processes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units and CPU work for %2 units, while the other tasks were ready and waited %3 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocking calls (sleeps, fetches) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: a blocking call stops every generator, however they take turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads were ready but waited for the GIL for %1 units in all (waits: %2; Task %3 the longest, %4 units): a thread keeps the GIL until another asks for it and the switch interval, %5 ms, has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convoy: a thread back from a sleep or fetch must take the GIL again, and waited for it behind a computing thread (waits: %1; %2 ms on average, %3 ms at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU work gained nothing from threads: %1 threads counted or computed for %2 units in all, one at a time under the GIL; without a GIL (free-threaded Python, or C code that releases it: the threads variant) they use the cores at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each worker process took %1 to %2 ms from the run&apos;s start to its first item: a process has to start, and load this program, before it can work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between one item and the next a worker waited %1 ms on average: each item is copied to it over a pipe and its result back, as the processes share no memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first CPU items waited up to %1 ms for the worker processes to start (the pool starts them when it is first given work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the later CPU items waited %1 ms on average to be handed to a free worker over a pipe, while the event loop ran the other tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU work (counting, computing) held the one thread for %1 units, while the other tasks were ready and waited %2 units in all for their turn: taking turns does not make CPU work faster, and a computation that does not yield holds every task until it ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>Tutorial: count 15, 10, 5, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorial: sleep 15, 10, 5, 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short: sleep 3, 2, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uneven: one long item, many short ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many: 100 short items, 10 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server: the tutorial&apos;s seven pages (for the HTTP variants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU work: compute 4, 4, 4, 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed: compute 8 beside sleeps of 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Item %1 (%2 %3) cannot run under this variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (the number %2) cannot be fetched: this variant takes URLs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the queue with one of the tutorial&apos;s queues (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work queue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work queue, first item first. Drag rows to reorder; double-click to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected items (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected items down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected item to this kind and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this item after the selection, or at the end (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks sharing the queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tasks to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y to selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>the demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no variant can run this queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>task_done() called too many times (Python raises ValueError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system would not start a thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1 %2, a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units is not between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of at most %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a wait on a condition can wait until a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits until something that is not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats %1 times, not between 1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes %1 before reading it (a write stores the task&apos;s copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releases %1, which it does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 without holding its lock (Python raises RuntimeError)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 tasks, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 resources, more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name needs 1 to %1 characters, without spaces around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is not between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2 parties, but the scenario has %3 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tasks would run more than %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1: asyncio has no RLock; run it with --model threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;type&quot; is not one of lock, rlock, semaphore, event, condition, barrier, queue, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;do&quot; is missing or not a step TaskLanes knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resource&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;until&quot; names no resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (the top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes scenario file (&quot;format&quot; is not &quot;tasklanes-scenario&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resources&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scenario trace TaskLanes wrote (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEdit</name>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resource is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still used (%2): remove those steps first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be a %2: %3 uses it (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another resource is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another task is named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (0: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a barrier&apos;s parties are a whole number from 1 to %1, the number of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>repeat %n time(s)</source>
        <translation>
            <numerusform>repeat %n time</numerusform>
            <numerusform>repeat %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>put %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1, adding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait %1 until %2 ≥ %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permit(s)</source>
        <translation>
            <numerusform>%n permit</numerusform>
            <numerusform>%n permits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>holds %n</source>
        <translation>
            <numerusform>holds %n</numerusform>
            <numerusform>holds %n</numerusform>
        </translation>
    </message>
    <message>
        <source>starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Title of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown above the timeline and its exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name the steps use: 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected resource (no step may use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected resource to this name, type and amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a resource with this name, type and amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and their steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task whose steps are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task with no steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the task shown, with its steps (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task lane is named so: 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the task shown this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s steps in order; drag a step to move it, into a repeat to repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected step (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the step does (the method Python would call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only resources this step can work on are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many units the step takes (0 to 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http:// or https:// address, or /page/N of the demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times to repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the steps inside run (1 to 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value the wait waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait_for: wait until a value is at least a number (checked first, and after each notify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least value to wait for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected step to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this step at the end of the selected repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this step after the selected one, or at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the scenario can run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resour&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tas&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;alue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ait for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ste&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioLine</name>
    <message>
        <source>%1 acquired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting on %2 for a notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for %2 to be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for an item in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for room in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for every item of %2 to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for %2 (held by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw %2 set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified all on %2 (woke %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified %2 (woke %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 woke on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put %2 into %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked an item of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined %2: every item is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wrote %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2 held by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadlock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stall: %1, and no task can give it any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 expected %3, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 update lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updates lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPreset</name>
    <message>
        <source>Washer and dryer (deadlock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clones of the parent each need the washer and the dryer. Parent A takes the dryer first, Parent B the washer; each then waits for the machine the other holds. Look for the two waiting spans that never end: each names the machine it waits for and who holds it. The run ends with the cycle named, not with a hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washer and dryer, one lock order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same two clones, but both take the washer before the dryer. Whoever gets the washer first does the whole load; the other waits for the washer, holding nothing, so no cycle can form. Look for the arrow from one parent&apos;s release to the other&apos;s acquire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkbook race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clones pay bills from one checkbook of 100: A pays 30, B pays 50. Each reads the balance, works out the new one (that takes a unit) and writes it back. Both read 100, so the second write undoes the first: the checkbook ends with more money than there is. The run prints the balance it should have and the payment that was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkbook with a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same payments with a lock around each read and write: the second clone waits until the first has written, then reads the new balance. Both payments count; the balance ends at 20. The price is the waiting span: the payments no longer overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two threads adding to a counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primers&apos; counter: two tasks each add 1 ten times, reading the counter, pausing a moment (a tenth of a unit) and writing it back. The pause lets the other task read the same number, so additions are lost: the counter ends well short of 20. On the event loop the pause is an await, and asyncio loses the same updates: a race needs only a switch between read and write, not threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter with a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same adders, each holding a lock from read to write: the counter reaches 20. On the event loop the lock goes to whoever waited first, so the adders take turns, an arrow for each hand-off. On threads a lock is not fair: the adder that lets go usually takes it straight back before the waiting one wakes, so one adder does most of its additions first. Python&apos;s threading.Lock does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lock taken twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task that holds a Lock and asks for it again waits for itself: a Lock does not know who holds it. The run ends as a deadlock of one task with itself. Compare the RLock preset, which counts its holder&apos;s acquires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RLock taken twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same clerk with an RLock: its holder may acquire it again, and must release it as often. The run ends normally. asyncio has no RLock, so this one runs on threads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten downloads, three at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event that starts the workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three workers wait on one event; the starter gets ready for two units and sets it. Every worker resumes at the set, each with an arrow from it, and then they work at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A producer and consumers on a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baker puts four loaves on a shelf, one a unit, and notifies the shelf&apos;s condition each time; two customers wait on it until there is stock (wait_for), then take a loaf. A wait lets go of the condition&apos;s lock, so the baker can get in: look for each customer&apos;s waiting span, the baker&apos;s notify arrow, and the customer taking the lock back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barrier between two phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bounded queue with join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A producer puts six jobs into a queue that holds two; two consumers get a job, work on it for a unit and mark it done. The producer waits whenever the queue is full, then joins it: it goes on only when every job is done. Look for the put-to-get arrows and the producer&apos;s waits for room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten downloads share a semaphore of 3: at most three run at once, the others wait for a permit. Look for the waves of three, and the arrow from each finished download to the one that takes its permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three workers finish their first phase after 1, 2 and 3 units and wait at a barrier of 3. Nobody starts the second phase before the last one arrives; then all three go at once, the two that waited each with an arrow from the last arrival.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asyncio event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — on %2, %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaphore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released %2 → %3 acquired it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put an item into %2 → %3 got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set %2 → %3 went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notified %2 → %3 woke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was the last to reach %2 → %3 went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished the last item of %2 → %3&apos;s join returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1, held by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task ran all its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step failed, and its task ended there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hand-offs drawn as arrows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioWindow</name>
    <message>
        <source>Scenarios — TaskLanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tasks did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tr&amp;ace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run as a Chrome trace (opens in Perfetto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand-off arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an arrow for every hand-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the scenario run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run on threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run on the event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on &amp;both models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty scenario: one task, no resources yet (Ctrl+N; undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::Autosave</name>
    <message>
        <source>%1; it could not be moved aside, and nothing will be saved over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ChartsPanel</name>
    <message>
        <source>Elapsed time per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total, measured and ideal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::CompareView</name>
    <message>
        <source>Comparison of timelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run All: every variant that can take the queue runs, and their timelines line up here on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run of the last Run All on one time axis. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayView</name>
    <message>
        <source>Choose a parent and press Run: the day&apos;s timeline appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::DayWindow</name>
    <message>
        <source> units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: never awaits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids call at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the four parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polling sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1: %2 of about %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no day to export yet: run a parent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no day to save yet: run a parent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day&apos;s trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling sweep: at an interval of %1 the kids waited up to %2 units and %3 looks found nothing; at %4, up to %5 units and %6 looks found nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is less than %3 units (0 is work that never awaits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::Engine</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system would not start the engine&apos;s thread (is the limit on processes and threads, ulimit -u, reached?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportActions</name>
    <message>
        <source>Run a variant first: there is no chart to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a variant first: there is no timeline to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Elapsed-Time Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Totals Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ExportDialog</name>
    <message>
        <source>Images (*.png *.svg *.pdf);;PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::FileActions</name>
    <message>
        <source>Import Work Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>Imported %n item from %1</numerusform>
            <numerusform>Imported %n items from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Work Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskLanes queue (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the queue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the queue from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskLanes trace (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the trace to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::GanttView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run: the timeline of the run appears here, one lane per task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 — item %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1 ms   End: %2 ms%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still going)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gantt timeline of the run: one lane per task. Wheel or +/- to zoom, drag or arrow keys to pan, Home to fit; Ctrl+arrow keys go from bar to bar, Enter tells about the bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: %1 ms (%L2 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 — before its next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::Guide</name>
    <message>
        <source>The models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model runs the same work queue. Pick one in the list, press Run, and compare its timeline with the explanation below; Run All lines them all up on one time axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task works on the CPU (counting, computing, holding the GIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s thread waits in a blocking call: nothing else runs on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task waits without blocking: the event loop runs the others meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item failed (hatched as well); hover it for the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashed strip under each lane is the ideal schedule: the same model with no overhead at all. The gap between a lane and its strip is what the machine added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ / −, wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoom in and out (around the mouse pointer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← / →, drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pan along the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ / ↓, Shift+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scroll through the lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, Ctrl+0, double click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+← / Ctrl+→</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the previous or next bar in the lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select the bar at the same time in the lane above or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the details of the selected bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task could go on but waits for its turn: the generators&apos; scheduler, an event loop busy with another task, or the GIL held by another thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model runs every kind of item as its Python twin would. Counting and computing are CPU work: they hold whatever runs them (the one thread of the sequential and cooperative programs, the event loop of the asynchronous ones, the GIL) and run beside other work only on threads without a GIL and in worker processes. A sleep or a fetch blocks its thread, unless an event loop awaits it. Beside the console, each run&apos;s notes say what it shows, with its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks that wait for each other&apos;s locks in a cycle are a deadlock: the run ends with the cycle named and drawn as a ring where it closed, instead of hanging. Tasks that wait for what no task can give any more (an event nobody will set, a lock held by a task that has ended) are a stall, ended the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A read copies a value into the task&apos;s own copy and a write stores that copy plus what it adds, so anything between them can lose an update: another thread, and on the event loop an await. asyncio races too, only fewer places can switch: without an await between read and write, a coroutine cannot lose an update. The value&apos;s lane crosses out each write a later one overwrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work queue is one shape of program. In a scenario (Run › Scenario) each task runs its own steps over shared locks, semaphores, events, conditions, barriers, queues and values, on OS threads or on one asyncio event loop. A task that waits for a resource is hatched, waiting for a resource, and its tooltip names the resource and who holds it; each hand-off (a release to the acquire it lets through, a put to its get, a set or notify to the waiter it wakes, the last arrival at a barrier to the others) is an arrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms on the left of the scenario build one: resources (a name, a type and its amount), then each task&apos;s steps in order, a repeat holding steps of its own. A field says at once what is wrong with it, and what no field can see (a release of a lock the task does not hold, a write before its read) is said under the forms before Run will start. Each preset&apos;s twin shows its fix: the washer and dryer with one lock order cannot deadlock, the checkbook and the counter with a lock lose no update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent&apos;s day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronous parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing at a time, each to its end: the checkbook, then the load into the washer, standing by it until it buzzes, into the dryer, standing by again, then folding. A kid who calls waits until the thing in hand is done: the worst wait is %1 units, and the laundry is done at %2, because nothing overlaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It loads the washer, then works on the checkbook and every interval stops to look at the machines and the kids. A look costs %1 units whether it finds anything or not (with less of the checkbook left than that, the parent finishes it first); a look that finds nothing is wasted. A look every 5 units keeps the worst wait at %2 units and wastes %3 of %4 looks; every 2 units, %5 units and %6 of %7. The polling sweep plots both against the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threading parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The async parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments, run (Run › Parent&apos;s Day): a parent balances the checkbook (the parent&apos;s own work), does the laundry (the washer and the dryer run on their own and buzz; each load needs handling: into the washer, into the dryer, out and folded) and watches the kids, who call at moments nobody knows in advance. A call&apos;s latency is the time from the call to the moment attention begins. The figures below are the tutorial&apos;s day (checkbook 20, washer 30, dryer 40, handling 2, calls at 5, 17 and 33, attention 1) with no overhead at all, the ideal each run is drawn against. A run adds what the machine adds: the timers&apos; jitter and, for the clones, more threads than cores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clone for each chore, on real threads: the washer&apos;s clone, the dryer&apos;s, two clones paying bills from one balance, and one for each kid, so each call is answered as it comes. As the tutorial tells it, the washer&apos;s clone holds the washer and wants the dryer to move the clothes, while the dryer&apos;s clone holds the dryer and wants the washer: a deadlock, and the laundry is never done. The bill payers both read the balance before either writes it: one payment is lost, and the checkbook says there is more money than there is. With --fix (the check box) both machines are taken washer first and a lock guards each payment: the laundry is done at %1 and no payment is lost. The clones run as a scenario, so the deadlock is found and named as in the lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One parent on one event loop: each buzzer and each call is a timer, the laundry and the checkbook are coroutines, and their work goes in pieces of --step units (0.25 by default) with an await between. A call waits a few pieces: as in asyncio, its timer&apos;s callback and then its coroutine take their turns behind the chores&apos; pieces. The worst wait is %1 units, and the laundry is done at %2 because the machines run while the parent works on the checkbook. Attention is given whole. With pieces of 0, work that never awaits, the checkbook holds the loop and the worst wait grows to %3 units: async helps only where the code awaits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TaskLanes shows %1 after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close TaskLanes and start it again in the chosen language; the queue and the settings are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: 1 unit =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one unit (the tutorial&apos;s second) lasts in this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a variant, edit the queue if you like, and press Run (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this hint (Help › Show the First-Run Hint brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide to the Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) not shown here (export the trace to keep them all)</source>
        <translation>
            <numerusform>… %n line not shown here (export the trace to keep them all)</numerusform>
            <numerusform>… %n lines not shown here (export the trace to keep them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the charts to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved queue could not be read (%1); starting from the tutorial&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TaskLanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;TaskLanes %1&lt;/h3&gt;&lt;p&gt;A lab for concurrency models: the programs of the tutorial &quot;Getting Started With Async Features in Python&quot; run on real threads and a real event loop, drawn as timelines.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on %3) and QCoro %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped after %L2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished in %L2 units (%L3 s); ideal %L4 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1: %2, %3 items on %4 tasks, %L5 units (ideal %L6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many worker processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes model starts one worker process per task: %1 of them for %2 cores. Each costs a process start and its memory, and no more than %2 can compute at a time. Start them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL s&amp;witch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL switch interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads under a GIL: how long a thread may keep the GIL once another asks for it (CPython&apos;s sys.setswitchinterval; 5 ms by default). Real milliseconds, whatever the speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to note about this run: its timeline shows it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for URLs: the preset “Demo server” has the tutorial&apos;s pages. Any other item runs as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every item as it is; plain numbers (--queue 15,10,5,2) become %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) failed:</source>
        <translation>
            <numerusform>%1: %n item failed:</numerusform>
            <numerusform>%1: %n items failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>  item %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  and %n more</source>
        <translation>
            <numerusform>  and %n more</numerusform>
            <numerusform>  and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) failed (see the console)</source>
        <translation>
            <numerusform>%1 — %n item failed (see the console)</numerusform>
            <numerusform>%1 — %n items failed (see the console)</numerusform>
        </translation>
    </message>
    <message>
        <source>Variants and work queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s program: tasks sharing a work queue, on the variant chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario: each task its own steps over locks, semaphores, events, conditions, barriers, queues and values, on threads or the event loop (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario on the chosen model (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected variant on the work queue (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the scenario on threads, then on the event loop, and show both on one time scale (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every variant that can take this queue, one after the other, and compare them (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? The queue holds the tutorial&apos;s sleeps. Press Run with &lt;b&gt;Cooperative with blocking sleep&lt;/b&gt;, then pick &lt;b&gt;Asynchronous&lt;/b&gt; and Run again: the same sleeps take 32 units, then 17, because on an event loop waits overlap. Then pick the preset &lt;b&gt;Tutorial: count 15, 10, 5, 2&lt;/b&gt; and run both again: counting is CPU work, and takes 32 units either way. &lt;b&gt;Run All&lt;/b&gt; lines every model up on one time axis. Help › Guide (F1) says what to look for. &lt;b&gt;Scenario&lt;/b&gt;, at the left of the tool bar, puts the scenario lab in the queue&apos;s place: tasks with locks, events and queues, deadlocks and races.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %L1 s: %n item(s) cut short, drawn as stopped; the items not begun were not run.</source>
        <translation>
            <numerusform>Stopped after %L1 s: %n item cut short, drawn as stopped; the items not begun were not run.</numerusform>
            <numerusform>Stopped after %L1 s: %n items cut short, drawn as stopped; the items not begun were not run.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no run to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIL switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln item(s)</source>
        <translation>
            <numerusform>%L1 of %Ln item</numerusform>
            <numerusform>%L1 of %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Parent&apos;s &amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutorial&apos;s thought experiments: a synchronous, a polling, a threading and an async parent through one household&apos;s day, measured (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the chosen parent through the day (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the four parents through the day, one after the other, and chart them side by side (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::NumberSpin</name>
    <message>
        <source>%1 is not between %2 and %3; it stays %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::QueueEditor</name>
    <message>
        <source>Choose a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/delay/300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number of units, 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value, then Add (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unit(s) in all</source>
        <translation>
            <numerusform>, %n unit in all</numerusform>
            <numerusform>, %n units in all</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 keeps its value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::RunController</name>
    <message>
        <source>— %1 —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is empty: add an item or pick a preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping %1: they cannot run this queue&apos;s items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::RunSequence</name>
    <message>
        <source>A run is already going; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioChartView</name>
    <message>
        <source>Time per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task&apos;s time: running, sleeping, ready, waiting on each resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a run: where each task&apos;s time went.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioEditor</name>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units, e.g. 1 or 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready to run: %n task(s)</source>
        <translation>
            <numerusform>Ready to run: %n task</numerusform>
            <numerusform>Ready to run: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s).</source>
        <translation>
            <numerusform>%n resource.</numerusform>
            <numerusform>%n resources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, e.g. 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected resource&apos;s fields, or type another name to add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a lock, a semaphore, a queue… and add it; the steps below can then use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has %1 resources, as many as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a plain wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item put into the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the write adds to the task&apos;s copy of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a resource it can work on: add one under Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 15 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to %1 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it after the selected step, or apply it to that step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it at the end of %1&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeat holds steps: move or remove them before it becomes another step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate a step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step of %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step of %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario has %1 tasks, as many as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioView</name>
    <message>
        <source>Scenario timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task&apos;s states, each resource over time, and arrows for the hand-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a scenario and press Run: each task gets a lane, each resource one below them, and every hand-off an arrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::ScenarioWindow</name>
    <message>
        <source>Threads (threading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event loop (asyncio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each task does, as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome traces (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on the event loop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On threads: %1
On the event loop: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run read back from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave the scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario you were editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited: this is no longer “%1” as it came, so what it said to look for may not hold. Undo (Ctrl+Z) goes back step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty scenario: add its resources on the left, then each task&apos;s steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskLanes::WorkQueueModel</name>
    <message>
        <source>Item %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceImport</name>
    <message>
        <source>not a trace written by TaskLanes (no &quot;traceEvents&quot; with &quot;otherData.variant&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit_ms&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;total_ms&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is damaged (lane, item index, ts or dur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 has an unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trace has no work events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is missing: the trace is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state event names item %1, which has no work event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state event of item %1 is on another task than its work event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is damaged (its state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a state event is on a task the trace does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Variant</name>
    <message>
        <source>Synchronous (sequential calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative (generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative with blocking sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous (event loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking HTTP (generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators that each take a URL and fetch it with a blocking GET, yielding once per page. While one GET waits for the server nothing else runs: on the timeline the spans follow each other and the total is the sum of the response times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking HTTP (event loop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes (worker processes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads under a GIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue item %1 (%2 %3) cannot run under &apos;%4&apos;, which takes %5 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coroutines that await non-blocking GETs on one event loop: while one task waits for a page the others send their requests, so the waits overlap and the total is about the longest lane. Up to 100 requests are in flight at once, as in aiohttp&apos;s default session; beyond that, a request waits for a free connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous with a process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event loop of the asynchronous variant, with every counting or computing item sent to a pool of worker processes (loop.run_in_executor with a ProcessPoolExecutor, one process per task) and awaited; sleeps and fetches are awaited as before. The loop stays free while the CPU work runs in parallel: on compute items it is faster than the asynchronous variant by up to as many times as there are cores, on sleeps it equals it, and the workers&apos; start shows at the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task is a generator that yields after every counting step; a scheduler loop resumes the tasks in turn, and a task waiting for its turn shows as ready. On the timeline the lanes interleave step by step, yet the total is the same as the synchronous one: taking turns does not make CPU work faster. Only counting yields: a sleep, a fetch or a computation runs to its end and holds every task, as it would in Python.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators again, but each task does one item to its end, blocking, and then yields. While one task sleeps nothing else can run: the others are ready, waiting for their turn, the spans follow each other and never overlap, and the total is the sum of all items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One worker process per task (this program in worker mode), fed items over pipes by whichever worker asks next. Real CPU parallelism like threads, at a price: each process must start (visible at the start of each lane), every item and its result is copied over a pipe, and the processes share no memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task is a plain function, called one after the other. Task One takes items until the queue is empty, so it does all the work while Task Two finds nothing to do, whatever the items are: counting, computing, sleeping and fetching all hold the one thread. On the timeline: one busy lane, one empty lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads without a GIL (QThreadPool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One OS thread per task, taking items from a shared queue under a lock, with blocking calls. Sleeps and fetches overlap across threads, and counting and computing overlap too, as far as there are CPU cores: this is free-threaded Python (3.13t and later) or C code that releases the GIL, not standard CPython (see Threads under a GIL). On a 2-core machine two computing threads finish together, a third makes them all slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads again, under one global interpreter lock as in standard CPython: a thread counts or computes only while it holds the GIL. A thread that wants it asks, and the holder lets go at the next switch interval (5 ms unless set otherwise), so computing threads take turns in slices and gain nothing. Sleeps and fetches let go of it and overlap, but a thread coming back from one must take the GIL again: behind a computing thread it waits, ready, for up to a switch interval (the convoy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each task is a coroutine on one event loop. A sleep or fetch is awaited while the loop runs the others, so the waits overlap: the total is the busiest task&apos;s share (17 on the tutorial&apos;s queue), never less than the longest item. Asyncio is cooperative too: a task gives up the loop only at an await, so counting or computing holds it while the others wait, ready. On CPU work it is no faster than sequential code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkKind</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkQueue</name>
    <message>
        <source>%1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the maximum of %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue has %1 items, more than the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is larger than the maximum of %3 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is not a whole number or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;) is a number, but this variant fetches http(s) URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (the top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TaskLanes queue file (&quot;format&quot; is not &quot;tasklanes-queue&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tasks&quot; must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;items&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, more than the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object with &quot;kind&quot; and &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (expected count, sleep, fetch or compute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fetch item&apos;s value must be a URL string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 item&apos;s value must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
