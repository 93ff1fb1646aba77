export { exportPack } from './export';
export { openPack, readPack, loadFieldPack } from './field';
export { fieldRecordInspection, fieldRecordEvidence, fieldAddPhoto } from './record';
export { packResults } from './results';
export { preview, importResults } from './import';
export { list } from './list';
export { field, fieldInspection } from './field-view';
