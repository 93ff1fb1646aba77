export { makeDraw, run } from './run';
export { list, verify } from './verify';
