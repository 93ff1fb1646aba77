import type { OpName, OpParsedInput } from '../contract/index';
import type { AppContext } from '../services/context';
import { readAttachmentPhoto } from '../services/photos/before-attach';
import { readFieldPhotos } from '../services/packs/field-view';

/**
 * Asynchronous reading some ops need before their (synchronous) transaction, after the caller is known to be
 * allowed the op and its input is valid. It only reads; the service receives the result as ctx.prepared and
 * decides inside the transaction whether it still applies.
 */
type Before<N extends OpName> = (app: AppContext, input: OpParsedInput<N>) => Promise<unknown>;

export const beforeTransaction: { [N in OpName]?: Before<N> } = {
  // A photo's capture time and GPS position, read from its EXIF with exifr (asynchronous).
  'inspections.attach': (app, input) => readAttachmentPhoto(app, input.attachmentId),
  // The same for the photos taken in the field, kept in the field database itself.
  'packs.fieldInspection': (app) => readFieldPhotos(app),
};
