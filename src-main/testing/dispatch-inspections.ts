import type { OpInput, Role } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/** Checklist template 1 as migration 0020 seeds it: 社会工作服务项目实地检查表, 17 items. */
export const FIELD_TEMPLATE = 1;
export const FINANCE_TEMPLATE = 2;

/**
 * Valid inputs for the inspection, finding and rectification ops. The fixture's approved application (period
 * 2015-03-01..2015-12-31) has no inspection until a test creates one, so create, the lists and the template
 * ops succeed, and the ops on inspection, finding or rectification 1 reach their NotFound refusals.
 */
export function inspectionSamples(userIds: Record<Role, number>) {
  const inspectors = [
    { userId: userIds.evaluator, name: '', unit: '' },
    { userId: null, name: '张敏', unit: '重庆市社会工作协会' },
  ];
  return {
    'checklists.list': {},
    'checklists.get': { templateId: FIELD_TEMPLATE, version: null },
    'checklists.save': {
      templateId: null,
      code: 'ELDERLY_SPECIAL',
      name: '养老服务专项检查表',
      items: [
        {
          section: '安全管理',
          text: '消防设施完好并定期检查',
          answerType: 'yes_no' as const,
          maxScore: null,
          findingText: '消防设施缺失或未定期检查',
          findingSeverity: 'severe' as const,
        },
        { section: '服务质量', text: '服务规范程度', answerType: 'score' as const, maxScore: 10 },
      ],
    },
    'inspections.list': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'date' as const, desc: true }],
      search: '心语',
      filters: { applicationId: FIXTURE_APPS.approved, kind: 'field' as const, signedOff: false },
    },
    'inspections.get': { inspectionId: 1 },
    'inspections.inspectorPool': {},
    'inspections.create': {
      applicationId: FIXTURE_APPS.approved,
      templateId: FIELD_TEMPLATE,
      kind: 'field' as const,
      date: '2015-06-20',
      place: '渝中区解放碑街道社区服务中心',
      inspectors,
      notes: '项目负责人陪同检查',
    },
    'inspections.update': {
      inspectionId: 1,
      kind: 'special' as const,
      date: '2015-06-21',
      place: '渝中区七星岗街道',
      inspectors,
      notes: '',
    },
    'inspections.saveAnswers': { inspectionId: 1, answers: [{ itemId: 1, value: 'yes', note: '' }] },
    'inspections.addFinding': {
      inspectionId: 1,
      itemId: 1,
      severity: 'major' as const,
      description: '项目团队未配备持证社会工作者',
      requirement: '补充配备持证社会工作者并报送名单',
      responsiblePerson: '王芳',
      deadline: '2015-08-31',
      disallowFen: 0,
      voucherNos: [],
    },
    'inspections.removeFinding': { findingId: 1 },
    'inspections.attach': { inspectionId: 1, attachmentId: 1 },
    'inspections.signOff': { inspectionId: 1 },
    'inspections.recordExpertSignature': { inspectionId: 1, inspectorSeq: 2 },
    'inspections.addAddendum': { inspectionId: 1, date: '2015-07-01', text: '补充：检查当日负责人出示了督导记录' },
    'findings.confirmDisallowance': { findingId: 1, voucherNo: 'SH-2015-001', date: '2015-09-01' },
    'rectifications.list': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'deadline' as const, desc: false }],
      search: '',
      filters: { state: 'open' as const, overdue: true, severity: 'severe' as const, districtCode: '500103' },
    },
    'rectifications.get': { rectificationId: 1 },
    'rectifications.overdue': {},
    'rectifications.submitEvidence': { rectificationId: 1, note: '已补充配备两名持证社会工作者', attachmentIds: [] },
    'rectifications.verify': { rectificationId: 1, note: '核对名单与证书无误' },
    'rectifications.reopen': { rectificationId: 1, reason: '证书复印件不清晰，请重新提供' },
    'supervision.dashboard': { year: 2015 },
    'supervision.notInspected': {
      page: 1,
      pageSize: 20,
      sort: [{ id: 'lastInspected' as const, desc: true }],
      search: '',
      filters: { year: 2015, fundProgramId: 1 },
    },
  } satisfies { [N in InspectionOp]: OpInput<N> };
}

type InspectionOp =
  | 'checklists.list'
  | 'checklists.get'
  | 'checklists.save'
  | 'inspections.list'
  | 'inspections.get'
  | 'inspections.inspectorPool'
  | 'inspections.create'
  | 'inspections.update'
  | 'inspections.saveAnswers'
  | 'inspections.addFinding'
  | 'inspections.removeFinding'
  | 'inspections.attach'
  | 'inspections.signOff'
  | 'inspections.recordExpertSignature'
  | 'inspections.addAddendum'
  | 'findings.confirmDisallowance'
  | 'rectifications.list'
  | 'rectifications.get'
  | 'rectifications.overdue'
  | 'rectifications.submitEvidence'
  | 'rectifications.verify'
  | 'rectifications.reopen'
  | 'supervision.dashboard'
  | 'supervision.notInspected';
