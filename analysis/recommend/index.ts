export { recommend, type ParamEffect, type Recommendation, type RecommendOptions } from './recommend.js';
