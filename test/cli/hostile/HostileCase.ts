/** One row of the hostile-input table: arguments, files, and the contract's expected outcome. */
export interface HostileCase {
  /** What is wrong, e.g. 'run: --json into an existing directory'. */
  readonly name: string;
  /** argv after `agentsim`; every '{dir}' is replaced by the case's fresh temp directory. */
  readonly args: readonly string[];
  /** Files to create in the temp dir before the run (relative path -> content). */
  readonly files?: Readonly<Record<string, string>>;
  /** Expected exit code. */
  readonly exit: 0 | 1 | 2;
  /** What the single stderr line must match (when exit is 2). */
  readonly stderr?: RegExp;
  /** Files the command may legitimately rewrite on success (a resumed sweep re-runs stale run files). */
  readonly rewrites?: RegExp;
  /** What the command reads on stdin (nothing by default). */
  readonly stdin?: string;
}

/**
 * Special entries for `files`: content made by these helpers creates a symlink (to a path
 * relative to the link's folder) or an empty folder instead of a regular file. The leading NUL
 * cannot start a real file's content in these tests.
 */
export const symlinkTo = (target: string): string => `\0symlink:${target}`;
/** A hard link to `target` (relative to the case folder), made after the regular files. */
export const hardLinkTo = (target: string): string => `\0hardlink:${target}`;
/** An empty folder (see {@link symlinkTo}). */
export const folder = '\0folder';
