export { recognizeNdr, recognizeNdrSync, recognizeText, type RecognizeOptions } from './recognize';
export { knowledge } from './knowledge';
export * from './types';
