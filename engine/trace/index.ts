// The canonical trace: event shapes, the fingerprint, the recorder that renders lines on request, and the first-divergence diff.
// Imports nothing of engine/; imported by engine/Simulation and, through engine/index.ts, by analysis/ and cli/.
export { canonicalJson } from './canonicalJson.js';
export { describeEvent, diffTraces, isTraceFooter, parseTraceLine, type TraceDiff } from './diffTraces.js';
export { CHECKPOINT_EVERY, Fingerprint } from './Fingerprint.js';
export { divergenceWindow, fingerprintTrace, type TraceFingerprint } from './fingerprintTrace.js';
export type { DropReason, Signal, TraceEvent, TraceKind } from './TraceEvent.js';
export { TRACE_SCHEMA, traceFooter, TraceRecorder, type TraceHeader, type TraceRecorderOptions } from './TraceRecorder.js';
