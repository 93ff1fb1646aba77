import { parentPort, workerData } from 'node:worker_threads';
import { readOutcome } from '../../services/spreadsheet/uploads';

/** One upload read on its own thread (hosts/http/read-uploads.ts): the table, or the rule the file broke. */
const { fileName, contentBase64 } = workerData as { fileName: string; contentBase64: string };
parentPort!.postMessage(readOutcome(fileName, contentBase64));
