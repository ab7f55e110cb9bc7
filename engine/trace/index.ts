// The canonical trace: event shapes, the recorder and its rolling hash, and the first-divergence diff.
// Imports nothing of engine/; imported by engine/Simulation and, through engine/index.ts, by analysis/ and cli/.
export { canonicalJson } from './canonicalJson.js';
export { describeEvent, diffTraces, isTraceFooter, parseTraceLine, type TraceDiff } from './diffTraces.js';
export type { DropReason, Signal, TraceEvent, TraceKind } from './TraceEvent.js';
export { rollingHash, TraceRecorder, type TraceHeader, type TraceRecorderOptions } from './TraceRecorder.js';
