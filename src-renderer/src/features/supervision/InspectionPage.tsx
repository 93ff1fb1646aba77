import type { FindingView, InspectionView } from '@contract';
import { formatFen } from '@contract';
import { Alert, Button, Card, Descriptions, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { goBack } from '../../app/backTo';
import { routeHash } from '../../app/router';
import { PageHeader } from '../../components/PageHeader';
import { ReportActions } from '../reports/ReportActions';
import { QueryState } from '../../components/QueryState';
import { AttachmentItem } from '../../components/attachments/AttachmentItem';
import { AttachmentUpload } from '../../components/attachments/AttachmentUpload';
import { formatTimestamp } from '../../components/format';
import { ChecklistForm } from './ChecklistForm';
import { AddendumDialog, AddFindingDialog, ConfirmDisallowanceDialog } from './FindingDialogs';
import { InspectionSignatures, PhotoFacts } from './InspectionSignatures';
import { SeverityTag } from './labels';
import './supervision.css';

/** #/inspections/:id — one inspection: header, checklist, findings, sign-off (签字确认) and addenda. */
export function InspectionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const inspection = useOp('inspections.get', { inspectionId: id });
  const back = () => goBack({ name: 'inspection', id }, { name: 'supervision' });
  const v = inspection.data;
  if (!v)
    return (
      <>
        <PageHeader title={t('supervision.inspectionTitle')} onBack={back} />
        <QueryState pending={inspection.isPending} error={inspection.error} />
      </>
    );
  const editable = v.availableActions.includes('edit');
  return (
    <>
      <PageHeader
        title={t('supervision.inspectionOf', { project: v.projectName })}
        sub={
          <>
            <span className="mono">{v.agreementNumber}</span>
            {v.signedOff ? (
              <Tag color="green" style={{ marginInlineStart: 8 }}>
                {t('supervision.signed')}
              </Tag>
            ) : (
              <Tag color="gold" style={{ marginInlineStart: 8 }}>
                {t('supervision.draft')}
              </Tag>
            )}
          </>
        }
        onBack={back}
        extra={
          <>
            <ReportActions subject={{ kind: 'inspection', inspectionId: id }} />
            <Button href={routeHash({ name: 'project', id: v.applicationId, tab: 'inspections' })}>
              {t('supervision.openProject')}
            </Button>
          </>
        }
      />
      <div className="supervision-stack">
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('supervision.kind')}>{t(`supervision.kinds.${v.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.date')}>{v.date}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.place')}>{v.place}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.organization')}>{v.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.inspectors')}>
              {v.inspectors
                .map((i) => (i.user ? i.name : t('supervision.expertWithUnit', { name: i.name, unit: i.unit })))
                .join(t('supervision.listSep'))}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {v.signedOff ? <Alert type="info" showIcon title={t('supervision.readOnly')} /> : null}
        <Card size="small">
          <ChecklistForm key={v.answers.length} inspection={v} editable={editable} />
        </Card>
        <Card size="small">
          <Findings inspection={v} />
        </Card>
        <Card size="small">
          <Attachments inspection={v} />
        </Card>
        <Card size="small">
          <InspectionSignatures inspection={v} />
          {!v.signedOff && v.signOffBlocked ? <Alert type="warning" showIcon title={v.signOffBlocked} /> : null}
        </Card>
        {v.signedOff ? (
          <Card size="small">
            <Addenda inspection={v} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

function Findings({ inspection: v }: { inspection: InspectionView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const remove = useOpMutation('inspections.removeFinding');
  return (
    <section aria-labelledby="findings-title">
      <div className="checklist-head">
        <h3 id="findings-title" className="supervision-section-title">
          {t('supervision.findings', { count: v.findings.length })}
        </h3>
        {v.availableActions.includes('edit') ? (
          <Button className="checklist-save" onClick={() => setAdding(true)}>
            {t('supervision.addFinding')}
          </Button>
        ) : null}
      </div>
      {v.findings.length === 0 ? <p className="muted">{t('supervision.noFindings')}</p> : null}
      <ol className="finding-list">
        {v.findings.map((f) => (
          <FindingItem
            key={f.id}
            finding={f}
            onRemove={() => remove.mutate({ findingId: f.id })}
            onConfirm={() => setConfirming(f.id)}
          />
        ))}
      </ol>
      {remove.error ? <Alert type="error" showIcon title={remove.error.message} /> : null}
      {adding ? <AddFindingDialog inspection={v} onClose={() => setAdding(false)} /> : null}
      {confirming !== null ? (
        <ConfirmDisallowanceDialog findingId={confirming} onClose={() => setConfirming(null)} />
      ) : null}
    </section>
  );
}

function FindingItem({
  finding: f,
  onRemove,
  onConfirm,
}: {
  finding: FindingView;
  onRemove: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="finding-item">
      <div className="finding-line">
        <SeverityTag severity={f.severity} />
        <strong>{f.description}</strong>
        {f.rectificationId ? (
          <a className="finding-link" href={`${routeHash({ name: 'supervision' })}`}>
            {t('supervision.rectificationOpened')}
          </a>
        ) : null}
        {f.availableActions.includes('remove') ? (
          <Button size="small" type="link" danger onClick={onRemove}>
            {t('supervision.removeFinding')}
          </Button>
        ) : null}
        {f.availableActions.includes('confirmDisallowance') ? (
          <Button size="small" onClick={onConfirm}>
            {t('supervision.confirmDisallowance')}
          </Button>
        ) : null}
      </div>
      <div className="muted">
        {t('supervision.findingMeta', {
          requirement: f.requirement,
          person: f.responsiblePerson,
          deadline: f.deadline,
        })}
      </div>
      {f.disallowFen > 0 ? (
        <div className="muted">
          {t('supervision.disallowMeta', {
            amount: formatFen(f.disallowFen),
            vouchers: f.ledgerLines.map((l) => l.voucherNo).join(t('supervision.listSep')),
          })}
          {f.confirmed
            ? ` · ${t('supervision.confirmedMeta', { voucher: f.confirmed.voucherNo, date: f.confirmed.date, name: f.confirmed.by.displayName })}`
            : ''}
        </div>
      ) : null}
    </li>
  );
}

function Addenda({ inspection: v }: { inspection: InspectionView }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="addenda-title">
      <div className="checklist-head">
        <h3 id="addenda-title" className="supervision-section-title">
          {t('supervision.addenda')}
        </h3>
        {v.availableActions.includes('addAddendum') ? (
          <Button className="checklist-save" onClick={() => setAdding(true)}>
            {t('supervision.addAddendum')}
          </Button>
        ) : null}
      </div>
      {v.addenda.length === 0 ? <p className="muted">{t('supervision.noAddenda')}</p> : null}
      <ul className="finding-list">
        {v.addenda.map((a) => (
          <li key={a.id} className="finding-item">
            <strong>{a.date}</strong> {a.text}
            <div className="muted">{t('supervision.byAt', { name: a.by.displayName, at: formatTimestamp(a.at) })}</div>
          </li>
        ))}
      </ul>
      {adding ? <AddendumDialog inspectionId={v.id} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}

/** 照片与扫描件: uploaded to the project's content-addressed store, then attached while the inspection is a draft. */
function Attachments({ inspection: v }: { inspection: InspectionView }) {
  const { t } = useTranslation();
  const attach = useOpMutation('inspections.attach');
  return (
    <section aria-labelledby="inspection-files-title">
      <div className="checklist-head">
        <h3 id="inspection-files-title" className="supervision-section-title">
          {t('supervision.attachments', { count: v.attachments.length })}
        </h3>
      </div>
      {v.attachments.length === 0 ? <p className="muted">{t('supervision.noAttachments')}</p> : null}
      {v.attachments.map((a) => (
        <div key={a.id}>
          <AttachmentItem attachment={a} listed={{ status: a.status, check: a.check }} />
          {a.photo ? <PhotoFacts photo={a.photo} /> : null}
        </div>
      ))}
      {v.availableActions.includes('edit') ? (
        <AttachmentUpload
          applicationId={v.applicationId}
          value={null}
          accept="image/*,application/pdf"
          onChange={(meta) => {
            if (meta) attach.mutate({ inspectionId: v.id, attachmentId: meta.id });
          }}
        />
      ) : null}
      {attach.error ? <Alert type="error" showIcon title={attach.error.message} /> : null}
    </section>
  );
}
