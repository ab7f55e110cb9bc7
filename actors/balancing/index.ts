// Load balancing: the balancer view and its strategies, Peak-EWMA, the balancer machine and queue servers.
// Imports engine/ and actors/common/; imported by scenarios/ and the package root.
export { BALANCER_STRATEGIES, BalancerView, type BalancerStrategy, type BalancerViewOptions } from './BalancerView.js';
export { loadBalancerMachine, type BalancerRequestEvent, type HealthEvent, type LoadBalancerInput } from './loadBalancer.js';
export { PeakEwma } from './PeakEwma.js';
export {
  queueServerMachine,
  type LoadQueryEvent,
  type LoadReportEvent,
  type QueueServerInput,
  type ServedRequest,
  type ServerProbe,
  type ServerRequestEvent,
  type ServerResponseEvent,
} from './queueServer.js';
