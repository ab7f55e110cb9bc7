/**
 * The tinypool worker entry of `agentsim sweep` (`dist/cli/sweepWorker.js`): compiled JS only,
 * since Node 20 ignores module loaders in worker threads. One task in, one result out.
 *
 * `process.exit` is turned into a thrown error here: tinypool 2 leaves the task of a worker
 * thread that exits (rather than throws) pending forever, so a scenario calling it would hang
 * the sweep. Crashes that do kill the thread (an uncaught error, running out of memory) are
 * reported by tinypool as the task's error.
 */
import { runReplicate } from './sweep/runReplicate.js';

process.exit = ((code?: number) => {
  throw new Error(`process.exit(${code ?? ''}) called in a sweep worker`);
}) as typeof process.exit;

export default runReplicate;
