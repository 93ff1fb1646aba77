/** The operation log (操作日志): appending (dispatch), search, export, chain verification. */
export { appendLogEntries, logOperation, type LogEvent } from './append';
export { chainPayload, entryHash, sha256Hex, wellFormed, ZERO_HASH } from './chain';
export { exportLog, LOG_EXPORT_HEADERS, LOG_EXPORT_MAX_ROWS, recordExport } from './export';
export { search, toLogEntry } from './search';
export { isSecretKey, redact } from './values';
export { verify, verifyChain, type ChainFault, type ChainReport, type VerifyOptions } from './verify';
