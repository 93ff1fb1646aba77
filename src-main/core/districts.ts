/**
 * Chongqing's district-level units (GB/T 2260): 26 区, 8 县, 4 自治县, plus the municipal level.
 * Copied from shared/data/chongqing-districts.csv because the app must not read files outside its
 * bundle; districts.test.ts compares the two whenever the CSV is present.
 */

export type DistrictKind = '市级' | '区' | '县' | '自治县';

export interface District {
  code: string;
  name: string;
  kind: DistrictKind;
  nameEn: string;
}

/** Code of the municipal (市级) entry, used for city-level funding and projects. */
export const MUNICIPAL_CODE = '500000';

// Typed list so a misspelt kind is a compile error rather than something a cast would hide.
const LIST: District[] = [
  { code: '500000', name: '重庆市', kind: '市级', nameEn: 'Chongqing (municipal level)' },
  { code: '500101', name: '万州区', kind: '区', nameEn: 'Wanzhou District' },
  { code: '500102', name: '涪陵区', kind: '区', nameEn: 'Fuling District' },
  { code: '500103', name: '渝中区', kind: '区', nameEn: 'Yuzhong District' },
  { code: '500104', name: '大渡口区', kind: '区', nameEn: 'Dadukou District' },
  { code: '500105', name: '江北区', kind: '区', nameEn: 'Jiangbei District' },
  { code: '500106', name: '沙坪坝区', kind: '区', nameEn: 'Shapingba District' },
  { code: '500107', name: '九龙坡区', kind: '区', nameEn: 'Jiulongpo District' },
  { code: '500108', name: '南岸区', kind: '区', nameEn: "Nan'an District" },
  { code: '500109', name: '北碚区', kind: '区', nameEn: 'Beibei District' },
  { code: '500110', name: '綦江区', kind: '区', nameEn: 'Qijiang District' },
  { code: '500111', name: '大足区', kind: '区', nameEn: 'Dazu District' },
  { code: '500112', name: '渝北区', kind: '区', nameEn: 'Yubei District' },
  { code: '500113', name: '巴南区', kind: '区', nameEn: 'Banan District' },
  { code: '500114', name: '黔江区', kind: '区', nameEn: 'Qianjiang District' },
  { code: '500115', name: '长寿区', kind: '区', nameEn: 'Changshou District' },
  { code: '500116', name: '江津区', kind: '区', nameEn: 'Jiangjin District' },
  { code: '500117', name: '合川区', kind: '区', nameEn: 'Hechuan District' },
  { code: '500118', name: '永川区', kind: '区', nameEn: 'Yongchuan District' },
  { code: '500119', name: '南川区', kind: '区', nameEn: 'Nanchuan District' },
  { code: '500120', name: '璧山区', kind: '区', nameEn: 'Bishan District' },
  { code: '500151', name: '铜梁区', kind: '区', nameEn: 'Tongliang District' },
  { code: '500152', name: '潼南区', kind: '区', nameEn: 'Tongnan District' },
  { code: '500153', name: '荣昌区', kind: '区', nameEn: 'Rongchang District' },
  { code: '500154', name: '开州区', kind: '区', nameEn: 'Kaizhou District' },
  { code: '500155', name: '梁平区', kind: '区', nameEn: 'Liangping District' },
  { code: '500156', name: '武隆区', kind: '区', nameEn: 'Wulong District' },
  { code: '500229', name: '城口县', kind: '县', nameEn: 'Chengkou County' },
  { code: '500230', name: '丰都县', kind: '县', nameEn: 'Fengdu County' },
  { code: '500231', name: '垫江县', kind: '县', nameEn: 'Dianjiang County' },
  { code: '500233', name: '忠县', kind: '县', nameEn: 'Zhong County' },
  { code: '500235', name: '云阳县', kind: '县', nameEn: 'Yunyang County' },
  { code: '500236', name: '奉节县', kind: '县', nameEn: 'Fengjie County' },
  { code: '500237', name: '巫山县', kind: '县', nameEn: 'Wushan County' },
  { code: '500238', name: '巫溪县', kind: '县', nameEn: 'Wuxi County' },
  {
    code: '500240',
    name: '石柱土家族自治县',
    kind: '自治县',
    nameEn: 'Shizhu Tujia Autonomous County',
  },
  {
    code: '500241',
    name: '秀山土家族苗族自治县',
    kind: '自治县',
    nameEn: 'Xiushan Tujia and Miao Autonomous County',
  },
  {
    code: '500242',
    name: '酉阳土家族苗族自治县',
    kind: '自治县',
    nameEn: 'Youyang Tujia and Miao Autonomous County',
  },
  {
    code: '500243',
    name: '彭水苗族土家族自治县',
    kind: '自治县',
    nameEn: 'Pengshui Miao and Tujia Autonomous County',
  },
];

export const DISTRICTS: readonly Readonly<District>[] = Object.freeze(LIST.map((d) => Object.freeze(d)));

const BY_CODE: ReadonlyMap<string, Readonly<District>> = new Map(DISTRICTS.map((d) => [d.code, d]));

export function isDistrictCode(code: string): boolean {
  return BY_CODE.has(code);
}

export function getDistrict(code: string): Readonly<District> | undefined {
  return BY_CODE.get(code);
}

/** Chinese (default) or English name; undefined for codes outside the list. */
export function districtName(code: string, lang: 'zh' | 'en' = 'zh'): string | undefined {
  const d = BY_CODE.get(code);
  return d && (lang === 'en' ? d.nameEn : d.name);
}
