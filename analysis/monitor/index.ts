export { checkAlertQuantities, EVENT_KINDS, parseAlertRule, ruleFires, type AlertRule, type Severity } from './alertRule.js';
export { collectSeries, type RunSeries, type Series, type SeriesOptions } from './collectSeries.js';
export { checkMonitorInterval, createMonitor, MAX_MONITOR_INTERVAL_MS, MIN_MONITOR_INTERVAL_MS, valueOf, type Alert, type MonitorOptions, type MonitorReport, type MonitorSample } from './createMonitor.js';
