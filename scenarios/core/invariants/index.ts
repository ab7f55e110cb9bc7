export { agreement, membershipAgreement, variableAgreementAfterCommit } from './agreement.js';
export { committedAgreement, electionSafety } from './consensus.js';
export { fdAccuracy, fdCompleteness } from './failureDetector.js';
export { watchNeverRoutesToDead, type NeverRoutesToDeadOptions } from './neverRoutesToDead.js';
export { NO_DELIVERY_TO_CRASHED, watchNoDeliveryToCrashed } from './noDeliveryToCrashed.js';
export { invariantResult, Violations } from './Violations.js';
