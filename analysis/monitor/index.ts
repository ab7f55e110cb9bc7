export { EVENT_KINDS, parseAlertRule, ruleFires, type AlertRule, type Severity } from './alertRule.js';
export { collectSeries, type RunSeries, type Series, type SeriesOptions } from './collectSeries.js';
export { createMonitor, valueOf, type Alert, type MonitorOptions, type MonitorReport, type MonitorSample } from './createMonitor.js';
