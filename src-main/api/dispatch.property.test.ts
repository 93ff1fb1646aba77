import { OP_NAMES } from '../contract/index';
import { describeDispatchProperty } from '../testing/dispatch-property';

// Every other op; dispatch.property-2.test.ts takes the rest.
describeDispatchProperty(OP_NAMES.filter((_, i) => i % 2 === 0));
