import type { ReportGenerateResult, ReportSubjectInput } from '@contract';
import type { ReportData, ReportMeta } from '@reports';
import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/client';
import { saveBytes } from '../../components/files';
import { RenderCancelled, ReportRenderer, type RenderJob, type RenderStage, type WorkerLike } from './worker/protocol';

/** Where a report is on its way to a file. */
export type ReportJobState =
  | { phase: 'idle' }
  /** Main loads the data, numbers and registers the report. */
  | { phase: 'registering' }
  | { phase: 'rendering'; stage: RenderStage; percent: number; number: string }
  | { phase: 'done'; number: string; fileName: string; draft: boolean }
  | { phase: 'cancelled'; number: string }
  | { phase: 'failed'; message: string };

function spawnWorker(): WorkerLike {
  const worker = new Worker(new URL('./worker/report.worker.ts', import.meta.url), { type: 'module', name: 'report' });
  return worker as unknown as WorkerLike;
}

/** One renderer for the page (its worker keeps the loaded fonts between reports). */
let shared: ReportRenderer | null = null;
const renderer = () => (shared ??= new ReportRenderer(spawnWorker));

/**
 * Generates a report: main registers it and returns its data, the worker lays out the PDF with progress, the
 * file downloads. Leaving the page cancels a render still running.
 */
export function useReportJob() {
  const [state, setState] = useState<ReportJobState>({ phase: 'idle' });
  const job = useRef<RenderJob | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      job.current?.cancel();
    };
  }, []);

  const start = useCallback(async (subject: ReportSubjectInput) => {
    const update = (s: ReportJobState) => {
      if (alive.current) setState(s);
    };
    update({ phase: 'registering' });
    let generated: ReportGenerateResult;
    try {
      generated = await call('reports.export', subject);
    } catch (e) {
      update({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (!alive.current) return;
    const { meta, fileName } = generated;
    update({ phase: 'rendering', stage: 'fonts', percent: 0, number: meta.number });
    const running = renderer().render(generated.report as unknown as ReportData, meta as ReportMeta, (p) =>
      update({ phase: 'rendering', stage: p.stage, percent: p.percent, number: meta.number }),
    );
    job.current = running;
    try {
      const pdf = await running.pdf;
      saveBytes(pdf as Uint8Array<ArrayBuffer>, fileName, 'application/pdf');
      update({ phase: 'done', number: meta.number, fileName, draft: meta.draft });
    } catch (e) {
      if (e instanceof RenderCancelled) update({ phase: 'cancelled', number: meta.number });
      else update({ phase: 'failed', message: e instanceof Error ? e.message : String(e) });
    } finally {
      if (job.current === running) job.current = null;
    }
  }, []);

  const cancel = useCallback(() => job.current?.cancel(), []);
  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);
  const busy = state.phase === 'registering' || state.phase === 'rendering';
  return { state, busy, start, cancel, dismiss };
}
