import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which processes have a database file open, as small files in a folder beside it (`grants.db-open/`), one
 * per connection, named by the process id. A connection closed (or its process exiting) removes its file; one
 * left behind by a process that is gone means that process died with the database open (kill -9, a crash, a
 * power cut), and the next open runs SQLite's quick_check before trusting the file. A clean start skips that
 * check, which reads every page (most of a second on a large database).
 */
const placed = new Set<string>();
let seq = 0;
let exitHookSet = false;

function folderOf(file: string): string {
  return `${file}-open`;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The marks left by processes that are gone: each one an unclean shutdown. */
export function staleMarks(file: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folderOf(file));
  } catch {
    return [];
  }
  return names
    .filter((n) => {
      const pid = Number(n.split('-')[0]);
      return !Number.isInteger(pid) || pid <= 0 || !alive(pid);
    })
    .map((n) => join(folderOf(file), n));
}

/** Records this connection as open; returns the function that records it closed. */
export function placeMark(file: string): () => void {
  const path = join(folderOf(file), `${process.pid}-${++seq}`);
  try {
    mkdirSync(folderOf(file), { recursive: true });
    writeFileSync(path, '');
  } catch {
    // A read-only folder cannot hold a mark: the next open then simply finds none and trusts the file.
    return () => {};
  }
  placed.add(path);
  if (!exitHookSet) {
    exitHookSet = true;
    // A process that exits normally with connections still open has not crashed: its marks go with it.
    process.once('exit', () => {
      for (const p of placed) rmSync(p, { force: true });
    });
  }
  return () => {
    placed.delete(path);
    rmSync(path, { force: true });
  };
}

export function removeMarks(paths: readonly string[]): void {
  for (const p of paths) rmSync(p, { force: true });
}
