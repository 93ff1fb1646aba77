import type { FundProgramFields } from '../../db/fund-programs-repo';
import { ruleSetTemplate, type FundSource } from '../../core/rule-set';
import type { Prng } from './prng';

/** 2015–2016: the bureau funded 400+ projects with 5,400万元 (the bureau's published total). The base programs add up to it exactly. */
export const DEMO_BASE_TOTAL_FEN = 5_400_000_000;

const NOTES: Record<FundSource, string> = {
  CENTRAL: '依据财社〔2012〕138号：专款专用、单独核算，不得列支管理费，不得分包、转包。',
  LOTTERY: '彩票公益金资助—中国福利彩票。用于扶老、助残、救孤、济困；每年6月底前公告上年度使用情况。',
  CENTRAL_LOTTERY: '中央专项彩票公益金，按彩票公益金管理规定使用并公告。',
};

const TITLES: Record<FundSource, string> = {
  CENTRAL: '中央财政支持社会组织参与社会服务项目（重庆）',
  LOTTERY: '市级福彩公益金社会工作服务项目',
  CENTRAL_LOTTERY: '中央专项彩票公益金支持社会工作和志愿服务项目',
};

const CODE_PART: Record<FundSource, string> = { CENTRAL: 'ZY', LOTTERY: 'FC', CENTRAL_LOTTERY: 'ZYCP' };

function program(
  source: FundSource,
  year: number,
  totalYuan: number,
  code?: string,
  batch?: number,
): FundProgramFields {
  return {
    code: code ?? `CQ-${CODE_PART[source]}-${year}`,
    name: `${year}年${TITLES[source]}${batch ? `（第${batch}批）` : ''}`,
    source,
    year,
    totalAllocationFen: totalYuan * 100,
    applicationStart: `${year}-03-01`,
    applicationEnd: `${year}-04-15`,
    notes: NOTES[source],
    ruleSet: ruleSetTemplate(source),
  };
}

/** 1,200 + 800 + 1,350 + 950 + 1,100 = 5,400 万元. */
export const DEMO_BASE_PROGRAMS: readonly FundProgramFields[] = [
  program('CENTRAL', 2015, 12_000_000),
  program('LOTTERY', 2015, 8_000_000),
  program('CENTRAL', 2016, 13_500_000),
  program('LOTTERY', 2016, 9_500_000),
  program('CENTRAL_LOTTERY', 2016, 11_000_000),
];

const LATER_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const SOURCES: readonly FundSource[] = ['CENTRAL', 'LOTTERY', 'CENTRAL_LOTTERY'];

/** Synthetic programs for scale runs, spread over 2017–2024, each 100万–2,000万元 in whole 万元. */
export function extraPrograms(count: number, rng: Prng): FundProgramFields[] {
  const out: FundProgramFields[] = [];
  for (let i = 0; i < count; i++) {
    const year = LATER_YEARS[i % LATER_YEARS.length]!;
    const source = SOURCES[Math.floor(i / LATER_YEARS.length) % SOURCES.length]!;
    const batch = Math.floor(i / (LATER_YEARS.length * SOURCES.length)) + 1;
    const code = `CQ-${CODE_PART[source]}-${year}${batch > 1 ? `-${String(batch).padStart(3, '0')}` : ''}`;
    out.push(program(source, year, rng.int(100, 2000) * 10_000, code, batch > 1 ? batch : undefined));
  }
  return out;
}
