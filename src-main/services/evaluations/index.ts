export { create } from './create';
export { declare } from './declare';
export { evaluationFacts } from './facts';
export { finalize } from './finalize';
export { evaluators, get, list } from './list';
export { score } from './score';
export { getSystem, saveSystem } from './systems';
