import type { Catalogue } from '../messages';

/** Rule messages for the log area; merged into RULE_MESSAGES. Placeholders are {name}. */
export const LOG_MESSAGES: Catalogue = {};
