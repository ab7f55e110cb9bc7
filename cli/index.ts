#!/usr/bin/env node
/** The `agentsim` executable. */
import { setFlagsFromString } from 'node:v8';

// Simulations allocate many short-lived objects (events, snapshots, trace lines); a larger young
// generation means fewer scavenges on large runs (GC is ~20% of a 10,000-agent profile). Set
// before the engine loads so the heap grows into it.
setFlagsFromString('--max-semi-space-size=32');
// V8's allocation-site pretenuring misfires on them: a site whose objects happen to outlive one
// scavenge (a message in flight, a queued request) is switched to old-space allocation, and from
// then on its short-lived objects fill the old generation and make every scavenge scan them.
// Off, load-balancing as M/M/1 takes ~35% less CPU, 10,000-agent registration ~15% less.
setFlagsFromString('--no-allocation-site-pretenuring');
const { installSignalCleanup } = await import('./io/tempFiles.js');
installSignalCleanup();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
