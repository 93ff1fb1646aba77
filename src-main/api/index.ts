/** What the hosts (Electron, HTTP, CLI) and the benchmark use from the backend. */
export { closeApp, createApp, systemContext, type AppContext, type CreateAppOptions, type ServiceContext } from './app';
export { dispatch, type CallContext } from './dispatch';
export { handlers } from './handlers';
export { AppError } from '../services/app-error';
export { DatabaseOpenError } from '../db/errors';
export {
  DEMO_EXPERTS,
  DEMO_PASSWORD,
  DEMO_PROJECT_NAMES,
  DEMO_USERS,
  seedDemo,
  type SeedDemoOptions,
} from '../services/demo/index';
export { startDailyBackup } from './daily-backup';
export { warmUpSoon } from './warm-up';
