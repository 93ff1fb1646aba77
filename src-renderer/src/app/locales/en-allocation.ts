import type { zhAllocation } from './zh-allocation';
import type { DeepStrings } from './zh';

/** English text for the allocation controls (same keys as zh-allocation.ts). */
export const enAllocation: DeepStrings<typeof zhAllocation> = {
  allocation: {
    title: 'Allocation and use of funds',
    summaryLabel: 'Program allocation and use of funds',
    allocated: 'Total allocation',
    committed: 'Approved',
    remaining: 'Remaining allocation',
    released: 'Released',
    spent: 'Spent (grant)',
    recovered: 'Recovered',
    balance: 'Balance',
    negativeWords: 'over by {{words}}',
    projects: '{{count}} projects',
    hints: {
      committed: 'The approved amounts of the approved projects: the allocation already used.',
      remaining:
        'Allocation − approved. Recovered money goes back to the fund and does not add to what is left; to use it again an administrator raises the allocation.',
      released: 'Tranches released to the projects, net of reversals.',
      spent: 'Grant spending in the projects\u2019 ledgers, net of reversals.',
      recovered: 'Unspent and disallowed money paid back.',
      balance:
        'Released − spent − recovered: money paid to organizations and neither spent nor paid back; negative while advances are open.',
    },
    dialog:
      '"{{program}}": total allocation {{allocated}} yuan, approved {{committed}} yuan, remaining {{remaining}} yuan ({{words}})',
    dialogTitle: 'Program allocation',
    overRemaining:
      'This project\u2019s {{amount}} yuan is more than the remaining {{remaining}} yuan: at most {{remaining}} yuan can be approved.',
    noneLeft:
      'The program\u2019s allocation is used up: an administrator must raise it before anything more is approved.',
    limitReviewed: 'Not more than the {{amount}} yuan set by the finance review',
    limitAllocation: 'Not more than the remaining allocation of {{amount}} yuan (finance review: {{reviewed}} yuan)',
  },
};
