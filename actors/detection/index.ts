// Failure detectors: heartbeat agents, fixed-timeout and phi-accrual monitors, central health checks, HealthView.
// Imports engine/ only; imported by scenarios/ and the package root.
export { createSweepMonitor, type MonitorTable, type SweepMonitorInput } from './createSweepMonitor.js';
export { healthMonitorMachine, type HealthMonitorInput } from './healthMonitor.js';
export { heartbeatAgentMachine, type HeartbeatAgentInput, type HeartbeatEvent } from './heartbeatAgent.js';
export { HeartbeatTable } from './HeartbeatTable.js';
export { accrualMonitorMachine, accrualWindowFactory, AccrualTable, type AccrualMonitorInput, type AccrualParams } from './accrualMonitor.js';
export { ExponentialArrivalWindow, PHI_FACTOR, type ExponentialArrivalOptions } from './ExponentialArrivalWindow.js';
export { akkaPhi, PhiAccrualWindow, type PhiAccrualOptions } from './PhiAccrualWindow.js';
export { healthEndpointMachine, type HealthCheckEvent, type HealthOkEvent } from './healthEndpoint.js';
export { CheckTable, healthCheckerMachine, type HealthCheckerInput } from './healthChecker.js';
export { HealthView, type HealthChange } from './HealthView.js';
