import type { ReportData, ReportMeta } from '@reports';

/**
 * The messages between the page and the report worker, and the page's side of it. The page sends one render
 * request at a time; the worker answers with progress (stage and percent, only when the whole percent
 * moves), then the PDF's bytes (transferred, not copied) or a failure. Cancelling terminates the worker: pdfmake
 * lays a document out in one synchronous run, so a polite "stop" message would only be read after it.
 */
export type RenderStage = 'fonts' | 'measure' | 'layout' | 'render';

export interface RenderRequest {
  type: 'render';
  id: number;
  report: ReportData;
  meta: ReportMeta;
}

export type WorkerReply =
  | { type: 'progress'; id: number; stage: RenderStage; percent: number }
  | { type: 'done'; id: number; pdf: ArrayBuffer }
  | { type: 'failed'; id: number; message: string };

export interface RenderProgress {
  stage: RenderStage;
  /** 0–100. */
  percent: number;
}

/** What the page needs of a Worker (a real one in the browser, a MessagePort in the Node tests). */
export interface WorkerLike {
  postMessage(message: RenderRequest): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror?: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** The rejection of a cancelled render: the page shows nothing for it, the user asked for it. */
export class RenderCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'RenderCancelled';
  }
}

export interface RenderJob {
  pdf: Promise<Uint8Array>;
  cancel(): void;
}

function isReply(data: unknown): data is WorkerReply {
  return typeof data === 'object' && data !== null && 'type' in data && 'id' in data;
}

/**
 * Runs renders on one worker, started on first use and kept for the next report (the fonts it loaded stay
 * loaded); a cancelled or failed worker is dropped and the next render starts a fresh one.
 */
export class ReportRenderer {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private current: { id: number; fail(e: Error): void } | null = null;

  constructor(private readonly spawn: () => WorkerLike) {}

  render(report: ReportData, meta: ReportMeta, onProgress: (p: RenderProgress) => void): RenderJob {
    // One at a time: a second render supersedes the first (the page never asks for two).
    if (this.current) this.abandon(new RenderCancelled());
    const id = this.nextId++;
    const worker = (this.worker ??= this.spawn());
    let settle: { resolve(pdf: Uint8Array): void; reject(e: Error): void } | null = null;
    const pdf = new Promise<Uint8Array>((resolve, reject) => (settle = { resolve, reject }));
    const finish = () => {
      if (this.current?.id === id) this.current = null;
    };
    const fail = (e: Error) => {
      finish();
      settle?.reject(e);
      settle = null;
    };
    this.current = { id, fail };
    worker.onmessage = (event) => {
      const reply = event.data;
      if (!isReply(reply) || reply.id !== id || settle === null) return;
      if (reply.type === 'progress') onProgress({ stage: reply.stage, percent: reply.percent });
      else if (reply.type === 'done') {
        finish();
        settle.resolve(new Uint8Array(reply.pdf));
        settle = null;
      } else {
        // A worker whose render threw may hold half-built state: start clean next time.
        this.drop();
        fail(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      this.drop();
      fail(new Error(event.message || 'report worker failed'));
    };
    worker.postMessage({ type: 'render', id, report, meta });
    return {
      pdf,
      cancel: () => {
        if (this.current?.id === id) this.abandon(new RenderCancelled());
      },
    };
  }

  /** Ends the worker (at page exit); a render still running is cancelled. */
  dispose(): void {
    if (this.current) this.abandon(new RenderCancelled());
    this.drop();
  }

  private abandon(e: Error): void {
    const job = this.current;
    this.drop();
    job?.fail(e);
  }

  private drop(): void {
    const w = this.worker;
    this.worker = null;
    if (!w) return;
    w.onmessage = null;
    w.terminate();
  }
}
