import { expectedLogSchema, logSchemaObjects, schemaVersion, type SchemaObject } from '../../db/log-protection-repo';
import type { Db } from '../../db/statements';

/**
 * How the log table's own protection differs from what the migrations made: a dropped trigger lets entries be
 * edited without a trace, an altered one may let some through, an added one may rewrite what is appended.
 * Each of these is tampering, named by the object.
 */
export interface ProtectionFault {
  fault: 'missing' | 'altered' | 'extra';
  type: string;
  name: string;
}

export interface ProtectionReport {
  /** False for a database migrated to a version before the log existed: nothing to check yet. */
  expected: boolean;
  /** The log table itself is gone (the strongest form of tampering). */
  tableMissing: boolean;
  faults: ProtectionFault[];
}

export function checkLogProtection(db: Db): ProtectionReport {
  const expected = expectedLogSchema(schemaVersion(db));
  const actual = new Map(logSchemaObjects(db).map((o) => [o.name, o]));
  const wanted = new Map(expected.map((o) => [o.name, o]));
  const faults: ProtectionFault[] = [];
  for (const o of expected) {
    const found = actual.get(o.name);
    if (!found) faults.push(fault('missing', o));
    else if (found.type !== o.type || normalised(found.sql) !== normalised(o.sql)) faults.push(fault('altered', o));
  }
  for (const o of actual.values()) if (!wanted.has(o.name)) faults.push(fault('extra', o));
  return {
    expected: expected.length > 0,
    tableMissing: expected.length > 0 && !actual.has('operation_log'),
    faults,
  };
}

function fault(kind: ProtectionFault['fault'], o: SchemaObject): ProtectionFault {
  return { fault: kind, type: o.type, name: o.name };
}

/** SQLite keeps the CREATE text as written; line endings are the only difference a copy may bring. */
function normalised(sql: string | null): string | null {
  return sql === null ? null : sql.replace(/\r\n/g, '\n');
}
