/** The bureau's own reporting vocabulary for applications (its service areas and project kinds). */
export const SERVICE_AREAS = [
  'poverty', // 扶贫
  'hardship', // 济困
  'elderly', // 扶老
  'orphans', // 救孤
  'illness', // 恤病
  'disability', // 助残
  'disaster', // 救灾
  'medical', // 助医
  'education', // 助学
  'community', // 社区服务
  'counselling', // 心理辅导
  'support_network', // 社会支持网络
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const SERVICE_AREA_NAMES: Record<ServiceArea, { zh: string; en: string }> = {
  poverty: { zh: '扶贫', en: 'Poverty relief' },
  hardship: { zh: '济困', en: 'Hardship relief' },
  elderly: { zh: '扶老', en: 'Elderly care' },
  orphans: { zh: '救孤', en: 'Orphan care' },
  illness: { zh: '恤病', en: 'Care for the sick' },
  disability: { zh: '助残', en: 'Disability support' },
  disaster: { zh: '救灾', en: 'Disaster relief' },
  medical: { zh: '助医', en: 'Medical aid' },
  education: { zh: '助学', en: 'Education aid' },
  community: { zh: '社区服务', en: 'Community services' },
  counselling: { zh: '心理辅导', en: 'Counselling' },
  support_network: { zh: '社会支持网络', en: 'Social support networks' },
};

export const PROJECT_KINDS = ['social_work', 'volunteer', 'training'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_NAMES: Record<ProjectKind, { zh: string; en: string }> = {
  social_work: { zh: '社会工作服务项目', en: 'Social-work service project' },
  volunteer: { zh: '志愿服务组织项目', en: 'Volunteer-service project' },
  training: { zh: '人员培训项目', en: 'Staff-training project' },
};
