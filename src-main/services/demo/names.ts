import { Prng } from './prng';

/**
 * Vocabulary for Chongqing-style sample data. The themes are the kind of names social organizations and
 * their projects actually carry (several are real Chongqing project names: 心语心愿, 点亮心窗, 守护天使 …).
 */
export const THEMES = [
  '心语',
  '点亮心窗',
  '守护天使',
  '社区益童',
  '守望幸福',
  '阳光',
  '同心',
  '暖阳',
  '益路同行',
  '春晖',
  '彩虹',
  '启航',
  '馨园',
  '微光',
  '乐龄',
  '康乐',
  '和美',
  '善缘',
  '新希望',
  '爱心桥',
  '红叶',
  '朝阳',
  '蒲公英',
  '向日葵',
  '山城',
  '巴渝',
  '渝馨',
  '同行',
  '携手',
  '百合',
  '晨曦',
  '绿芽',
  '青鸟',
  '悦享',
  '安康',
  '惠民',
  '福缘',
  '知行',
  '恒爱',
  '怡心',
  '长青',
  '童心',
  '壹家',
  '暖心',
  '共享',
  '明德',
  '仁爱',
  '夕阳红',
  '萤火虫',
  '三峡',
] as const;

const SERVICE_SUFFIXES = [
  '社会工作服务中心',
  '社会工作服务中心',
  '社工服务中心',
  '社区服务中心',
  '养老服务中心',
  '青少年服务中心',
  '残疾人服务中心',
  '家庭服务中心',
  '心理咨询服务中心',
] as const;
const GROUP_SUFFIXES = ['志愿者协会', '志愿服务协会', '公益协会', '助老协会', '义工联合会', '社区发展促进会'] as const;
const FOUNDATION_SUFFIXES = ['公益基金会', '慈善基金会', '基金会', '教育基金会'] as const;
const COMMUNITIES = [
  '和平',
  '新华',
  '幸福',
  '桂花',
  '龙湖',
  '滨江',
  '学府',
  '枇杷山',
  '石油路',
  '大坪',
  '杨家坪',
  '观音桥',
  '南坪',
  '天星桥',
  '歇台子',
  '两路口',
  '江南',
  '沙坪',
  '红旗',
  '凤凰',
] as const;

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '华',
  '红',
  '玉兰',
  '建华',
  '志强',
  '小红',
  '晓燕',
  '国庆',
  '德华',
  '海燕',
  '文静',
  '子涵',
  '宇航',
  '思远',
  '雨欣',
  '浩然',
  '梓萱',
  '俊杰',
] as const;

export type OrgKindCode = 'social_group' | 'social_service' | 'foundation' | 'other';

export function personName(rng: Prng): string {
  return SURNAMES[rng.int(0, SURNAMES.length - 1)]! + rng.pick(GIVEN);
}

/** Chongqing landlines are 023 + 8 digits; mobiles 11 digits. */
export function phoneNumber(rng: Prng): string {
  return rng.chance(0.6)
    ? `023-${rng.pick(['6', '8'])}${rng.digits(7)}`
    : `1${rng.pick(['3', '5', '8'])}${rng.digits(9)}`;
}

/**
 * An organization name in the usual pattern: place + theme + suffix by kind, e.g.
 * 重庆市渝中区心语社会工作服务中心, 万州区守护天使志愿者协会, 重庆市点亮心窗公益基金会.
 */
export function organizationName(rng: Prng, kind: OrgKindCode, districtName: string, municipal: boolean): string {
  const theme = rng.pick(THEMES);
  const place = municipal ? '重庆市' : rng.chance(0.5) ? `重庆市${districtName}` : districtName;
  switch (kind) {
    case 'social_service':
      return place + theme + rng.pick(SERVICE_SUFFIXES);
    case 'social_group':
      return place + theme + rng.pick(GROUP_SUFFIXES);
    case 'foundation':
      return place + theme + rng.pick(FOUNDATION_SUFFIXES);
    case 'other':
      return `${municipal ? '重庆市' : districtName}${rng.pick(COMMUNITIES)}社区${theme}志愿服务队`;
  }
}

const PROJECT_BRANDS = [
  '心语心愿',
  '点亮心窗',
  '守护天使',
  '社区益童',
  '守望幸福',
  '阳光成长',
  '同心圆',
  '暖阳行动',
  '益路同行',
  '春晖助学',
  '彩虹桥',
  '启航计划',
  '馨园家',
  '微光行动',
  '乐龄生活',
  '康乐之家',
  '和美社区',
  '善缘互助',
  '新希望',
  '爱心桥',
  '红叶晚晴',
  '朝阳助残',
  '蒲公英',
  '向日葵',
  '山城温暖',
  '巴渝邻里',
  '渝馨',
  '携手同行',
  '百合花开',
  '晨曦守护',
] as const;

const PROJECT_TOPICS = [
  '留守儿童关爱服务项目',
  '困境儿童社会工作服务项目',
  '农村留守老人关爱服务项目',
  '城市社区居家养老服务项目',
  '残疾人社区康复服务项目',
  '失独家庭心理支持项目',
  '青少年心理辅导服务项目',
  '社区矫正对象帮扶项目',
  '流动人口社会融入项目',
  '志愿服务能力建设项目',
  '社会工作人才培训项目',
  '灾后社区重建服务项目',
  '低保家庭救助服务项目',
  '社区戒毒康复支持项目',
] as const;

const FEATURED = ['心语心愿', '点亮心窗', '守护天使', '社区益童', '守望幸福'] as const;

function buildProjectNames(): readonly string[] {
  const rng = new Prng(0x5eed_0002);
  const combos: string[] = [];
  for (const brand of PROJECT_BRANDS) for (const topic of PROJECT_TOPICS) combos.push(`“${brand}”${topic}`);
  // The five featured names come first, as the bureau reports them; then a fixed shuffle of the rest.
  return Object.freeze([...FEATURED, ...rng.shuffle(combos).slice(0, 400 - FEATURED.length)]);
}

/** ~400 project names for the sample applications to draw from. Deterministic. */
export const DEMO_PROJECT_NAMES: readonly string[] = buildProjectNames();
