export { toChromeTrace, type ChromeTraceEvent } from './toChromeTrace.js';
