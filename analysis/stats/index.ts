export { meanInterval, type MeanInterval } from './meanInterval.js';
export { mannKendall, type TrendResult } from './mannKendall.js';
export { mannWhitney, type MannWhitneyResult } from './mannWhitney.js';
export { DIRECTION_OVERRIDES, metricDirection, type Direction } from './metricDirection.js';
export { timeWeightedAverage, type GaugePoint } from './timeWeightedAverage.js';
