// The CLI's file and stream handling: output plans (checked up front, committed all or nothing),
// standard streams (EPIPE ends quietly), signals (temporary files removed), input schemas.
export { brief, oneLine } from './brief.js';
export { OutputPlan, type Output } from './OutputPlan.js';
export { checkOutputFolder, inputIdentity, resolveOutput, sameFile, type FileId, type OutputTarget } from './resolveOutput.js';
export { OutputError, StdoutClosed, writeAllSync, writeStderr, writeStdout } from './stdio.js';
export { handlePendingSignals, installSignalCleanup, interruptible, Interrupted, removeLiveTemps } from './tempFiles.js';
