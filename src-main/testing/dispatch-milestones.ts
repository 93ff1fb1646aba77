import type { OpInput } from '../contract/index';
import { FIXTURE_APPS } from './dispatch-applications';

/** A small text file as an upload would send it. */
export const SAMPLE_FILE = Buffer.from('中期验收报告：已完成 12 次小组活动。\n', 'utf8');

/**
 * Valid inputs for the milestone, indicator and attachment ops. The fixture's approved application (period
 * 2015-03-01..2015-12-31, one indicator, id 10) has no milestones or attachments until a test adds them, so
 * plan, record and upload succeed, list answers an empty board, and complete, verify and open reach their
 * NotFound refusals.
 */
export function milestoneSamples() {
  return {
    'milestones.list': { applicationId: FIXTURE_APPS.approved },
    'milestones.plan': { applicationId: FIXTURE_APPS.approved, name: '中期验收', plannedDate: '2015-06-30' },
    'milestones.complete': {
      milestoneId: 1,
      completedDate: '2015-06-28',
      evidenceAttachmentId: 1,
      note: '活动记录与签到表',
    },
    'milestones.verify': { milestoneId: 1 },
    'indicators.record': { indicatorId: FIXTURE_APPS.approved, date: '2015-06-30', value: '12.5', note: '上半年' },
    'attachments.upload': {
      applicationId: FIXTURE_APPS.approved,
      fileName: '中期验收报告.txt',
      mimeType: 'text/plain',
      contentBase64: SAMPLE_FILE.toString('base64'),
    },
    'attachments.open': { attachmentId: 1 },
    'attachments.list': { applicationId: FIXTURE_APPS.approved },
  } satisfies { [N in MilestoneOp]: OpInput<N> };
}

type MilestoneOp =
  | 'milestones.list'
  | 'milestones.plan'
  | 'milestones.complete'
  | 'milestones.verify'
  | 'indicators.record'
  | 'attachments.upload'
  | 'attachments.open'
  | 'attachments.list';
