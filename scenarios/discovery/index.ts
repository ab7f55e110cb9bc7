// The node-discovery scenario: joiners find a converged cluster by gossip or through a central registry.
// Imports engine/, actors/ and scenarios/core/; imported by scenarios/index.ts.
export { nodeDiscovery } from './nodeDiscovery.js';
