// The resource-efficiency scenario: memory and CPU of agents and variables at the seed's scales.
// Imports engine/, actors/ and scenarios/core/; imported by scenarios/index.ts.
export { resourceEfficiency } from './resourceEfficiency.js';
