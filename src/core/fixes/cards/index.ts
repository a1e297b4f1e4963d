export { buildApprovalCard, type ApprovalView } from './approval-card';
export { buildDiagnosisCard, type DiagnosisCardContext } from './diagnosis-card';
export { buildGuideCard } from './guide-card';
export { describeRequest, resultElements } from './result-parts';
export { FIX_VERBS, type FixVerb } from './verbs';
