export { upload } from './upload';
export { open } from './open';
export { list } from './list';
export { attachmentsDirOf, checkByHash, storedPath } from './store';
