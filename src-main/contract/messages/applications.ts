import type { Catalogue } from '../messages';

/** Rule messages for the applications area; merged into RULE_MESSAGES. Placeholders are {name}. */
export const APPLICATIONS_MESSAGES: Catalogue = {};
