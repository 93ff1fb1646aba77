import type { FieldInspectionView, OpInput } from '@contract';
import { formatFen } from '@contract';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { goBack } from '../../app/backTo';
import { readFileAsBase64 } from '../../components/files';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { ChecklistForm } from '../supervision/ChecklistForm';
import { AddFindingDialog, type NewFinding } from '../supervision/FindingDialogs';
import { PhotoFacts } from '../supervision/InspectionSignatures';
import { InspectionKindPicker, SeverityTag } from '../supervision/labels';
import '../supervision/supervision.css';

type Content = FieldInspectionView['content'];
type FieldRecord = OpInput<'packs.fieldRecordInspection'>;

/** #/packs/:inspectionId on a field database: one of the pack's inspections, recorded with the office's form parts. */
export function FieldInspectionPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const query = useOp('packs.fieldInspection', { inspectionId: id });
  const back = () => goBack({ name: 'fieldInspection', id }, { name: 'packs' });
  const v = query.data;
  if (!v)
    return (
      <>
        <PageHeader title={t('packs.fieldWork.inspectionTitle')} onBack={back} />
        <QueryState pending={query.isPending} error={query.error} />
      </>
    );
  return <FieldInspectionForm view={v} onBack={back} />;
}

/**
 * Every part saves the whole field record (the field database keeps one record per inspection): the details
 * as edited here, with that part's change. Each part has its own save, so a refusal shows once, where it belongs.
 */
function FieldInspectionForm({ view: v, onBack }: { view: FieldInspectionView; onBack: () => void }) {
  const { t } = useTranslation();
  const [head, setHead] = useState({
    kind: v.content.kind,
    date: v.content.date,
    place: v.content.place,
    notes: v.content.notes,
  });
  const headSave = useOpMutation('packs.fieldRecordInspection');
  const answersSave = useOpMutation('packs.fieldRecordInspection');
  const findingsSave = useOpMutation('packs.fieldRecordInspection');
  const photosSave = useOpMutation('packs.fieldRecordInspection');
  const addPhoto = useOpMutation('packs.fieldAddPhoto');
  const [adding, setAdding] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const record = (patch: Partial<Content>): FieldRecord => {
    const c = { ...v.content, ...head, ...patch };
    return { ...c, inspectionId: v.inspectionId, answers: c.answers.filter((a) => a.value !== '') };
  };
  const saveAnswers = (changed: { itemId: number; value: string; note: string }[]) => {
    const merged = new Map(v.content.answers.map((a) => [a.itemId, a]));
    for (const a of changed) merged.set(a.itemId, a);
    return answersSave.mutateAsync(record({ answers: [...merged.values()] }));
  };
  const addFinding = ({ inspectionId: _id, ...f }: NewFinding & { inspectionId?: number }) =>
    findingsSave.mutateAsync(record({ findings: [...v.content.findings, f] }));
  const removeFinding = (n: number) =>
    findingsSave.mutate(record({ findings: v.content.findings.filter((_, i) => i !== n) }));
  const onPhoto = async (f: File | undefined) => {
    if (!f) return;
    const { sha256 } = await addPhoto.mutateAsync({
      fileName: f.name,
      mimeType: f.type,
      contentBase64: await readFileAsBase64(f),
    });
    await photosSave.mutateAsync(record({ photos: [...v.content.photos, sha256] }));
  };
  const editable = v.mayRecord;
  const shape = { id: v.inspectionId, date: head.date, answers: v.content.answers, checklist: v.checklist };
  return (
    <>
      <PageHeader
        title={t('packs.fieldWork.inspectionOf', { project: v.projectName })}
        sub={
          <>
            <span className="mono">{v.agreementNumber}</span>
            <Tag color={v.recorded ? 'green' : 'gold'} style={{ marginInlineStart: 8 }}>
              {v.recorded
                ? t('packs.fieldWork.recordedAt', { at: formatTimestamp(v.recorded.at) })
                : t('packs.fieldWork.notRecorded')}
            </Tag>
          </>
        }
        onBack={onBack}
      />
      <div className="supervision-stack">
        {editable ? null : <Alert type="info" showIcon title={t('packs.fieldWork.notInspector')} />}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('supervision.organization')}>{v.organizationName}</Descriptions.Item>
            <Descriptions.Item label={t('packs.fieldWork.period')}>
              {t('packs.fieldWork.periodValue', { start: v.periodStart, end: v.periodEnd })}
            </Descriptions.Item>
            <Descriptions.Item label={t('packs.packNo')}>{v.packNo}</Descriptions.Item>
          </Descriptions>
          <p className="muted">
            {v.recorded
              ? t('packs.fieldWork.recordedBy', { name: v.recorded.by, at: formatTimestamp(v.recorded.at) })
              : t('packs.fieldWork.notYetRecorded')}
          </p>
          <Form layout="vertical" component="div" disabled={!editable}>
            <Form.Item label={t('supervision.kind')} required>
              <InspectionKindPicker value={head.kind} onChange={(kind) => setHead({ ...head, kind })} />
            </Form.Item>
            <div className="form-pair">
              <Form.Item label={t('supervision.date')} required htmlFor="field-date">
                <DatePicker
                  id="field-date"
                  format="YYYY-MM-DD"
                  value={dayjs(head.date)}
                  allowClear={false}
                  onChange={(d) => d && setHead({ ...head, date: d.format('YYYY-MM-DD') })}
                />
              </Form.Item>
              <Form.Item label={t('supervision.place')} required htmlFor="field-place">
                <Input
                  id="field-place"
                  value={head.place}
                  maxLength={200}
                  onChange={(e) => setHead({ ...head, place: e.target.value })}
                />
              </Form.Item>
            </div>
            <Form.Item label={t('packs.fieldWork.notes')} htmlFor="field-notes">
              <Input.TextArea
                id="field-notes"
                value={head.notes}
                maxLength={2000}
                autoSize={{ minRows: 1, maxRows: 4 }}
                onChange={(e) => setHead({ ...head, notes: e.target.value })}
              />
            </Form.Item>
          </Form>
          {editable ? (
            <Button
              type="primary"
              loading={headSave.isPending}
              onClick={() => void headSave.mutateAsync(record({})).catch(() => undefined)}
            >
              {t('packs.fieldWork.saveHeader')}
            </Button>
          ) : null}
          {headSave.error ? <Alert type="error" showIcon title={headSave.error.message} /> : null}
        </Card>
        <Card size="small">
          <ChecklistForm
            key={v.recorded?.at ?? 'draft'}
            inspection={shape}
            editable={editable}
            field={{ save: saveAnswers, pending: answersSave.isPending, error: answersSave.error }}
          />
        </Card>
        <Card size="small">
          <section aria-labelledby="field-findings-title">
            <div className="checklist-head">
              <h3 id="field-findings-title" className="supervision-section-title">
                {t('supervision.findings', { count: v.content.findings.length })}
              </h3>
              {editable ? (
                <Button className="checklist-save" onClick={() => setAdding(true)}>
                  {t('supervision.addFinding')}
                </Button>
              ) : null}
            </div>
            {v.content.findings.length === 0 ? <p className="muted">{t('supervision.noFindings')}</p> : null}
            <ol className="finding-list">
              {v.content.findings.map((f, n) => (
                <li key={n} className="finding-item">
                  <div className="finding-line">
                    <SeverityTag severity={f.severity} />
                    <strong>{f.description}</strong>
                    {editable ? (
                      <Button size="small" type="link" danger onClick={() => removeFinding(n)}>
                        {t('supervision.removeFinding')}
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
                  {f.disallowFen ? (
                    <div className="muted">
                      {t('supervision.disallowMeta', {
                        amount: formatFen(f.disallowFen),
                        vouchers: (f.voucherNos ?? []).join(t('supervision.listSep')),
                      })}
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
            {findingsSave.error && !adding ? <Alert type="error" showIcon title={findingsSave.error.message} /> : null}
          </section>
        </Card>
        <Card size="small">
          <section aria-labelledby="field-photos-title">
            <div className="checklist-head">
              <h3 id="field-photos-title" className="supervision-section-title">
                {t('packs.fieldWork.photos', { count: v.photos.length })}
              </h3>
              {editable ? (
                <>
                  <input
                    ref={file}
                    type="file"
                    accept="image/*,application/pdf"
                    className="visually-hidden"
                    tabIndex={-1}
                    aria-label={t('packs.fieldWork.addPhoto')}
                    onChange={(e) => void onPhoto(e.target.files?.[0]).catch(() => undefined)}
                  />
                  <Button
                    className="checklist-save"
                    loading={addPhoto.isPending || photosSave.isPending}
                    onClick={() => file.current?.click()}
                  >
                    {t('packs.fieldWork.addPhoto')}
                  </Button>
                </>
              ) : null}
            </div>
            {v.photos.length === 0 ? <p className="muted">{t('packs.fieldWork.noPhotos')}</p> : null}
            {v.photos.map((p) => (
              <div key={p.sha256} className="field-photo">
                <strong>{p.fileName}</strong>{' '}
                <span className="muted">
                  {t('packs.fieldWork.photoSize', { size: Math.max(1, Math.round(p.size / 1024)) })}
                </span>
                {p.photo ? <PhotoFacts photo={p.photo} /> : null}
              </div>
            ))}
            {(addPhoto.error ?? photosSave.error) ? (
              <Alert type="error" showIcon title={(addPhoto.error ?? photosSave.error)!.message} />
            ) : null}
          </section>
        </Card>
        <Card size="small">
          <div className="checklist-head">
            <h3 className="supervision-section-title">{t('packs.fieldWork.signOff')}</h3>
            <Tooltip title={t('packs.fieldWork.signOffAtOffice')}>
              <Button className="checklist-save" disabled>
                {t('packs.fieldWork.signOff')}
              </Button>
            </Tooltip>
          </div>
          <p className="muted">{t('packs.fieldWork.signOffAtOffice')}</p>
        </Card>
      </div>
      {adding ? (
        <AddFindingDialog
          inspection={shape}
          onClose={() => setAdding(false)}
          field={{ add: addFinding, pending: findingsSave.isPending, error: findingsSave.error }}
        />
      ) : null}
    </>
  );
}
