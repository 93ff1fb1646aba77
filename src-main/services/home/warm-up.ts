import { ops, ROLES, type OpParsedInput } from '../../contract/index';
import { listApplications } from '../../db/applications-list-repo';
import type { AppContext, ServiceContext } from '../context';
import { summary } from './summary';

/**
 * Runs the queries behind the first screens of the day (every role's home page and the application list's first
 * page) once, for nobody in particular, inside a read transaction. A newly opened connection prepares each
 * statement and reads its index pages on first use, which costs the first home page several times what later
 * ones cost, as does the first check of an answer against its schema; done while the sign-in screen is shown,
 * that time is not added to the first sign-in. Reads only.
 */
export function warmUpFirstScreens(app: AppContext): void {
  const ctx: ServiceContext = {
    db: app.db,
    app,
    // Nobody's id: the same statements as a real user's, with nothing of anyone's counted.
    user: { id: 0, username: '', displayName: '', roles: [...ROLES], sessionId: 0 },
    now: app.clock(),
    session: { current: null },
    changes: [],
  };
  const list = ops['applications.list'].input.parse({
    page: 1,
    pageSize: 50,
    sort: [{ id: 'code', desc: true }],
  }) as OpParsedInput<'applications.list'>;
  const [home, applications] = app.db
    .transaction(() => [summary(ctx, {}), listApplications(app.db, list, 0)])
    .deferred();
  // Each schema's first parse is slower too: dispatch checks every answer against its op's output schema.
  ops['home.summary'].output.parse(home);
  ops['applications.list'].output.parse(applications);
}
