import { inspectedApplicationIds, listDemoInspectionProjects } from '../../db/demo-inspections-repo';
import { findUserByUsername } from '../../db/users-repo';
import type { Db } from '../../db/statements';
import { inspectionWriter, writeInspection, type DemoInspectionPeople } from './inspections';
import { Prng } from './prng';
import { DEMO_EXPERTS } from './seed';

/**
 * Inspections at benchmark scale: every `every`-th signed project (in agreement order) that has none gets one
 * signed-off inspection, written as the sample writes them (answers on its template, findings from 否 answers,
 * rectifications walked to their state), with items of every severity left in every state, so overdue and
 * open 严重 items exist in every year. The sample caps its own inspections, which a scale set outgrows.
 * One transaction for all of it.
 */
export function seedInspectionsEvery(
  db: Db,
  every: number,
  seed = 0x5eed_0009,
): { inspections: number; rectifications: number } {
  const people = demoInspectionPeople(db);
  const projects = listDemoInspectionProjects(db);
  if (!people || projects.length === 0 || every < 1) return { inspections: 0, rectifications: 0 };
  return db.transaction(() => {
    const inspected = inspectedApplicationIds(db);
    const w = inspectionWriter(db, people, new Prng(seed), projects);
    let inspections = 0;
    let rectifications = 0;
    projects.forEach((p, i) => {
      if (i % every !== 0 || inspected.has(p.applicationId)) return;
      rectifications += writeInspection(w, p, { isTarget: false, anyState: true });
      inspections++;
    });
    return { inspections, rectifications };
  })();
}

/** The sample's evaluator accounts and project officer, or null when the database has no demo accounts. */
function demoInspectionPeople(db: Db): DemoInspectionPeople | null {
  const id = (username: string) => findUserByUsername(db, username)?.id ?? null;
  const evaluators = ['evaluator', ...DEMO_EXPERTS.map((e) => e.username)].map(id);
  const project = id('project');
  if (project === null || evaluators.some((e) => e === null)) return null;
  return { evaluators: evaluators as number[], project };
}
