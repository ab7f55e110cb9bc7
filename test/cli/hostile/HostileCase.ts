export interface HostileCase {
  readonly name: string;                 // what is wrong
  readonly args: readonly string[];      // argv after `agentsim`; '{dir}' -> the case's fresh temp dir
  readonly files?: Readonly<Record<string, string>>; // files created in the temp dir first
  readonly exit: 0 | 1 | 2;
  readonly stderr?: RegExp;              // what the single stderr line must match
}
