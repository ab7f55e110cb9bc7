/**
 * One atomic output file: content goes to a temporary file beside the target and is renamed into
 * place only when complete, so a failed or interrupted command never leaves a partial file. A
 * shorthand for an {@link OutputPlan} of one output (symlinks kept, FIFOs and devices written in
 * place, `-` is stdout); commands with several outputs use a plan so they commit all or none.
 */
import { OutputPlan } from './io/OutputPlan.js';
import { processIo } from './Io.js';

/** Writes `content` to `path` atomically (creating parent folders); `option` names it in errors. */
export function writeFileAtomic(path: string, content: string, option = 'output'): void {
  const plan = new OutputPlan(processIo);
  try {
    plan.write(plan.output(option, path), content);
    plan.commit();
  } catch (err) {
    plan.abort();
    throw err;
  }
}
