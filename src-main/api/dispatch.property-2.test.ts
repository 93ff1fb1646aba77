import { OP_NAMES } from '../contract/index';
import { describeDispatchProperty } from '../testing/dispatch-property';

// The ops dispatch.property.test.ts leaves.
describeDispatchProperty(OP_NAMES.filter((_, i) => i % 2 === 1));
