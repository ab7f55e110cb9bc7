import type { HostileCase } from './HostileCase.js';

/** Hostile cases of parameters, bounds and verdict semantics (filled by the semantic half of issue 11). */
export const semanticCases: HostileCase[] = [];
