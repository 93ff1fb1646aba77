export { list } from './list';
export { lock } from './lock';
