/**
 * V8 settings for a process that serves an index: imported by the engine before anything it loads.
 *
 * Allocation-site pretenuring lets V8 allocate an object literal's later copies straight in the old
 * generation once most of its copies survived a young collection. Start-up keeps nearly everything
 * it builds, so whether some site a question also allocates from was judged long-lived came down
 * to the timing of a collection: in about one start-up in three, a question's short-lived objects
 * then went to the old generation, and the heap grew to ~190 MB between full collections instead
 * of staying near 55 MB. Peak RSS at ~19k passages after 3,000 questions and two adds was ~390 MB
 * in those runs, ~255 MB in the others (11 of 33 runs without this setting, 0 of 22 with it; start-up
 * and question times no worse). Setting it here, not on a command line, covers every way the engine
 * is started (npm start, shards, the CLI, benchmarks, tests).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring');
