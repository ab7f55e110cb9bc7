#!/usr/bin/env node
/** The `agentsim` executable. */
import { setFlagsFromString } from 'node:v8';

// Simulations allocate many short-lived objects (events, snapshots, trace lines); a larger young
// generation means fewer scavenges on large runs (GC is ~20% of a 10,000-agent profile). Set
// before the engine loads so the heap grows into it.
setFlagsFromString('--max-semi-space-size=32');
const { installSignalCleanup } = await import('./io/tempFiles.js');
installSignalCleanup();
const { main } = await import('./main.js');
process.exitCode = await main(process.argv.slice(2));
