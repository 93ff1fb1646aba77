export { list as listChecklists, get as getChecklist, save as saveChecklist } from './checklists';
export { list, get, inspectorPool } from './list';
export { create, update, saveAnswers, attach, addAddendum } from './record';
export { addFinding, removeFinding, confirmDisallowance } from './findings';
export { signOff, recordExpertSignature } from './sign-off';
export { dashboard, notInspected } from './dashboard';
