import {
  PROJECT_KIND_NAMES,
  PROJECT_KINDS,
  SERVICE_AREA_NAMES,
  SERVICE_AREAS,
  type ProjectKind,
  type ServiceArea,
} from '../../core/application-vocabulary';
import { DISTRICTS, MUNICIPAL_CODE } from '../../core/districts';
import type { ClassCap } from '../../core/rule-set';

/**
 * Cell text → code for the enumerated columns. People type the Chinese name; an exported file carries the
 * Chinese name too; codes and English names are accepted so other systems' files work.
 */
function key(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function index<T extends string>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [code, names] of entries) for (const n of names) map.set(key(n), code);
  return map;
}

const SERVICE_AREA_INDEX = index<ServiceArea>(
  SERVICE_AREAS.map((a) => [a, [a, SERVICE_AREA_NAMES[a].zh, SERVICE_AREA_NAMES[a].en]]),
);
const PROJECT_KIND_INDEX = index<ProjectKind>(
  PROJECT_KINDS.map((k) => [k, [k, PROJECT_KIND_NAMES[k].zh, PROJECT_KIND_NAMES[k].en]]),
);
const DISTRICT_INDEX = index<string>(
  DISTRICTS.map((d) => [
    d.code,
    d.code === MUNICIPAL_CODE
      ? [d.code, d.name, d.nameEn, '市级', '重庆', 'Chongqing', 'Municipal']
      : [d.code, d.name, d.nameEn],
  ]),
);

export function serviceAreaFrom(text: string): ServiceArea | undefined {
  return SERVICE_AREA_INDEX.get(key(text));
}

export function projectKindFrom(text: string): ProjectKind | undefined {
  return PROJECT_KIND_INDEX.get(key(text));
}

/** A district's name (渝中区, Yuzhong District), 市级 / 重庆市 for the municipal level, or its 6-digit code. */
export function districtFrom(text: string): string | undefined {
  return DISTRICT_INDEX.get(key(text));
}

/** A class by its code in any case (a → A) or by its name in the program's rule set. */
export function classFrom(text: string, classes: readonly ClassCap[]): ClassCap | undefined {
  const k = key(text);
  return classes.find((c) => key(c.code) === k) ?? classes.find((c) => key(c.name) === k);
}

export const SERVICE_AREA_CHOICES = SERVICE_AREAS.map((a) => SERVICE_AREA_NAMES[a]);
export const PROJECT_KIND_CHOICES = PROJECT_KINDS.map((k) => PROJECT_KIND_NAMES[k]);
