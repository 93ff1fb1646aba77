import type { OpName, OpOutput, OpParsedInput } from '../contract/index';
import * as auth from '../services/auth';
import type { ServiceContext } from '../services/context';
import * as fundPrograms from '../services/fund-programs';
import * as organizations from '../services/organizations';
import * as system from '../services/system';
import * as users from '../services/users';

export type Handler<N extends OpName> = (ctx: ServiceContext, input: OpParsedInput<N>) => OpOutput<N>;

/** One line per op; typed from the contract, so an op without a handler does not compile. */
export const handlers: { [N in OpName]: Handler<N> } = {
  'auth.status': auth.status,
  'auth.setup': auth.setup,
  'auth.signIn': auth.signIn,
  'auth.signOut': auth.signOut,
  'auth.changePassword': auth.changePassword,
  'users.list': users.list,
  'users.create': users.create,
  'users.update': users.update,
  'users.resetPassword': users.resetPassword,
  'fundPrograms.list': fundPrograms.list,
  'fundPrograms.get': fundPrograms.get,
  'fundPrograms.create': fundPrograms.create,
  'fundPrograms.update': fundPrograms.update,
  'organizations.list': organizations.list,
  'organizations.get': organizations.get,
  'organizations.create': organizations.create,
  'organizations.update': organizations.update,
  'system.info': system.info,
};
