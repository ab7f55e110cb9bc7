export { healthMonitorMachine, type HealthMonitorInput } from './healthMonitor.js';
export { heartbeatAgentMachine, type HeartbeatAgentInput, type HeartbeatEvent } from './heartbeatAgent.js';
export { HeartbeatTable } from './HeartbeatTable.js';
