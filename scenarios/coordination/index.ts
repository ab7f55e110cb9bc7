// Coordination scenarios: large-scale-coordination (consensus, broadcast, hierarchy worlds) and distributed-cluster.
// Imports engine/, actors/ and scenarios/core/; imported by scenarios/index.ts.
export { largeScaleCoordination } from './largeScaleCoordination.js';
export { distributedCluster } from './distributedCluster.js';
export { RaftTracker } from './RaftTracker.js';
