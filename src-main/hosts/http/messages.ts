import type { ApiErrorBody, ErrorKind, Locale } from '../../contract/errors';
import { interpolate } from '../../contract/messages';

/** Refusals that happen before dispatch: the transport's own rules, in the caller's language. */
const HTTP_MESSAGES = {
  'http.clientHeader': {
    zh: '请求缺少 X-Grants-Client 请求头，已拒绝（防止跨站请求伪造）',
    en: 'the request lacks the X-Grants-Client header and was refused (cross-site request forgery guard)',
  },
  'http.origin': {
    zh: '请求来源“{origin}”不是本服务地址，已拒绝',
    en: 'the request origin "{origin}" is not this server and was refused',
  },
  'http.host': {
    zh: '请求的主机名“{host}”不是本机地址，已拒绝',
    en: 'the requested host "{host}" is not this machine and was refused',
  },
  'http.bodyTooLarge': {
    zh: '请求内容过大：不能超过 {limit}',
    en: 'the request body is too large: at most {limit}',
  },
  'http.badJson': { zh: '请求内容不是有效的 JSON：{reason}', en: 'the request body is not valid JSON: {reason}' },
  'http.method': { zh: '此地址只接受 {allowed} 请求', en: 'this address accepts only {allowed} requests' },
  'http.notFound': { zh: '找不到此地址：{path}', en: 'nothing at this address: {path}' },
  'http.internal': {
    zh: '系统内部错误，操作未执行',
    en: 'internal error, nothing was changed',
  },
} as const;

export type HttpRule = keyof typeof HTTP_MESSAGES;

export function httpMessage(rule: HttpRule, locale: Locale, params?: Record<string, unknown>): string {
  return interpolate(HTTP_MESSAGES[rule][locale], params);
}

export function httpError(
  kind: ErrorKind,
  rule: HttpRule,
  locale: Locale,
  params: Record<string, unknown> = {},
): { ok: false; error: ApiErrorBody } {
  return { ok: false, error: { kind, message: httpMessage(rule, locale, params), details: { rule, ...params } } };
}
