export { readPhotoMetadata, type PhotoMetadata, type PhotoPosition } from './metadata';
