// The load-balancing scenario: arrivals, the balancer's health view, and the queue statistics it reports.
// Imports engine/, actors/, scenarios/core/ and scenarios/detection/; imported by scenarios/index.ts.
export { loadBalancing } from './loadBalancing.js';
export { arrivalTimes, parseArrivalCsv, type ArrivalOptions } from './arrivalTimes.js';
export { LoadStats } from './LoadStats.js';
