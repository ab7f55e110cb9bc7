// Seeded randomness: the forkable sfc32 Rng and the string distributions (`exp:5`, `uniform:1:3`, ...).
// Imports engine/errors only; imported by the rest of engine/.
export { parseDistribution, type Distribution } from './Distribution.js';
export { Rng } from './Rng.js';
