import type { Db } from '../statements';

/**
 * A migration is frozen once released: it must not import live constants (role lists, sources…), because
 * changing those later would silently change what an old migration does to a fresh database.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
