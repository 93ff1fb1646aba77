/**
 * A separate process that approves one application through dispatch, started by the allocation race test:
 * it opens its own connection, says "ready", waits until the go-file appears (so two racers call dispatch
 * at the same moment) and prints the envelope as JSON. Test support only.
 *
 * argv: dbPath token applicationId approvedFen approvalNumber goFile clockMs
 */
import { existsSync } from 'node:fs';
import { closeApp, createApp } from '../api/app';
import { dispatch } from '../api/dispatch';
import { caller } from './dispatch';

const [dbPath, token, id, approvedFen, approvalNumber, goFile, clockMs] = process.argv.slice(2) as string[] & {
  length: 7;
};
const app = createApp({ dbPath: dbPath!, host: 'test', clock: () => new Date(Number(clockMs)) });
process.stdout.write('ready\n');
while (!existsSync(goFile!)) await new Promise((r) => setTimeout(r, 2));
const env = await dispatch(
  app,
  'applications.approve',
  { id: Number(id), approvedFen: Number(approvedFen), approvalNumber },
  caller(token!),
);
closeApp(app);
process.stdout.write(`${JSON.stringify(env)}\n`);
