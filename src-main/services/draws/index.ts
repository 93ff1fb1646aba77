export { run } from './run';
export { list, verify } from './verify';
