// Failure-detection scenarios: failure-detection and health-monitoring, the detector world they build and the tracker that measures it.
// Imports engine/, actors/ and scenarios/core/; imported by scenarios/index.ts (and balancing/, for its health view).
export { failureDetection } from './failureDetection.js';
export { healthMonitoring } from './healthMonitoring.js';
export { CheckLatencyTracker } from './CheckLatencyTracker.js';
export { DetectionTracker, type DetectionTrackerOptions } from './DetectionTracker.js';
export { DETECTORS, detectionBoundMs, MONITOR, phiCrossingY, spawnDetector, type DetectorKind, type DetectorSettings } from './detectorWorld.js';
