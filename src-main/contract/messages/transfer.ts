import type { Catalogue } from '../messages';

/** Rule messages for the transfer area; merged into RULE_MESSAGES. Placeholders are {name}. */
export const TRANSFER_MESSAGES: Catalogue = {};
