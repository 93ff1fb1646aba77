export { list } from './list';
export { prepare } from './prepare';
export { withdraw } from './withdraw';
export { release } from './release';
export { reverse } from './reverse';
export { cancel } from './cancel';
export { availableActions } from './view';
