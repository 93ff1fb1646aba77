import { enCore } from './en-core';
import { enFeatures } from './en-features';
import type { Messages } from './zh';

/** English UI text; the keys are checked against zh.ts. */
export const en: Messages = { ...enFeatures, ...enCore };
