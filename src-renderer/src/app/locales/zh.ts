import { zhCore } from './zh-core';
import { zhFeatures } from './zh-features';
/**
 * Chinese UI text (the default). en.ts must have the same keys; TypeScript checks that. Field labels here
 * match the labels main's error messages use (contract/fields.ts), so a message names what the user sees.
 */
export const zh = { ...zhFeatures, ...zhCore };

/** The English text has the same shape as the Chinese, with every leaf a string. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof zh>;
