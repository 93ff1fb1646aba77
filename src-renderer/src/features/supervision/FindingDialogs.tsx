import { SEVERITIES, type InspectionView, type OpParsedInput, type Severity } from '@contract';
import { Alert, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { AmountInput } from '../../components/AmountInput/AmountInput';

/** A dialog whose refusal (main's words, naming the field) is shown once, above the buttons. */
function Dialog(props: {
  title: string;
  okText: string;
  pending: boolean;
  error: { message: string } | null;
  onOk: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.pending}
      onOk={() => void props.onOk().then(props.onClose, () => undefined)}
      onCancel={props.onClose}
      width={560}
    >
      <Form layout="vertical" component="div">
        {props.children}
      </Form>
      {props.error ? <Alert type="error" showIcon title={props.error.message} /> : null}
    </Modal>
  );
}

/** What a finding is made of, as the dialog collects it (the field form keeps it in its record). */
export type NewFinding = Omit<OpParsedInput<'inspections.addFinding'>, 'inspectionId'>;

/**
 * 登记问题: from a 否 answer (its suggested text and severity) or free; a 核减 names its 凭证号. At the office it
 * is added to the inspection; on a field database `field` records it with the rest of the field record.
 */
export function AddFindingDialog({
  inspection,
  onClose,
  field,
}: {
  inspection: Pick<InspectionView, 'id' | 'date' | 'answers' | 'checklist'>;
  onClose: () => void;
  field?: { add: (f: NewFinding) => Promise<unknown>; pending: boolean; error: { message: string } | null };
}) {
  const { t } = useTranslation();
  const office = useOpMutation('inspections.addFinding');
  const add = field
    ? { mutateAsync: (f: NewFinding & { inspectionId: number }) => field.add(f), ...field, isPending: field.pending }
    : office;
  const noes = inspection.checklist.items.filter((i) =>
    inspection.answers.some((a) => a.itemId === i.id && a.value === 'no'),
  );
  const [itemId, setItemId] = useState<number | null>(null);
  const [severity, setSeverity] = useState<Severity>('minor');
  const [description, setDescription] = useState('');
  const [requirement, setRequirement] = useState('');
  const [responsiblePerson, setResponsiblePerson] = useState('');
  const [deadline, setDeadline] = useState(dayjs(inspection.date).add(30, 'day').format('YYYY-MM-DD'));
  const [disallowFen, setDisallowFen] = useState<number | null>(null);
  const [voucherNos, setVoucherNos] = useState<string[]>([]);
  const pick = (id: number | null) => {
    setItemId(id);
    const item = noes.find((i) => i.id === id);
    if (item?.findingText) setDescription(item.findingText);
    if (item?.findingSeverity) setSeverity(item.findingSeverity);
  };
  return (
    <Dialog
      title={t('supervision.addFinding')}
      okText={t('supervision.addFinding')}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onOk={() =>
        add.mutateAsync({
          inspectionId: inspection.id,
          itemId,
          severity,
          description,
          requirement,
          responsiblePerson,
          deadline,
          disallowFen: disallowFen ?? 0,
          voucherNos,
        })
      }
    >
      <Form.Item label={t('supervision.fromItem')} htmlFor="finding-item">
        <Select
          id="finding-item"
          allowClear
          placeholder={t('supervision.fromItemNone')}
          value={itemId ?? undefined}
          onChange={(v) => pick(v ?? null)}
          options={noes.map((i) => ({ value: i.id, label: `${i.seq}. ${i.text}` }))}
        />
      </Form.Item>
      <Form.Item label={t('supervision.severityLabel')} required>
        <Radio.Group value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <Radio.Button key={s} value={s}>
              {t(`supervision.severity.${s}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('supervision.description')} required htmlFor="finding-description">
        <Input.TextArea id="finding-description" value={description} onChange={(e) => setDescription(e.target.value)} />
      </Form.Item>
      <Form.Item label={t('supervision.requirement')} required htmlFor="finding-requirement">
        <Input.TextArea id="finding-requirement" value={requirement} onChange={(e) => setRequirement(e.target.value)} />
      </Form.Item>
      <div className="form-pair">
        <Form.Item label={t('supervision.responsiblePerson')} required htmlFor="finding-person">
          <Input id="finding-person" value={responsiblePerson} onChange={(e) => setResponsiblePerson(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('supervision.deadline')} required htmlFor="finding-deadline">
          <DatePicker
            id="finding-deadline"
            format="YYYY-MM-DD"
            allowClear={false}
            value={dayjs(deadline)}
            onChange={(v) => v && setDeadline(v.format('YYYY-MM-DD'))}
          />
        </Form.Item>
      </div>
      <div className="form-pair">
        <Form.Item label={t('supervision.disallow')} htmlFor="finding-disallow">
          <AmountInput
            id="finding-disallow"
            fieldLabel={t('supervision.disallow')}
            value={disallowFen}
            onChange={(fen) => setDisallowFen(fen)}
          />
        </Form.Item>
        <Form.Item label={t('supervision.voucherNos')} htmlFor="finding-vouchers" extra={t('supervision.voucherHint')}>
          <Select
            id="finding-vouchers"
            mode="tags"
            open={false}
            value={voucherNos}
            onChange={setVoucherNos}
            tokenSeparators={[',', '，', ' ']}
          />
        </Form.Item>
      </div>
    </Dialog>
  );
}

export function AddendumDialog({ inspectionId, onClose }: { inspectionId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useOpMutation('inspections.addAddendum');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [text, setText] = useState('');
  return (
    <Dialog
      title={t('supervision.addAddendum')}
      okText={t('supervision.addAddendum')}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onOk={() => add.mutateAsync({ inspectionId, date, text })}
    >
      <Form.Item label={t('supervision.addendumDate')} required htmlFor="addendum-date">
        <DatePicker
          id="addendum-date"
          format="YYYY-MM-DD"
          allowClear={false}
          value={dayjs(date)}
          onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))}
        />
      </Form.Item>
      <Form.Item label={t('supervision.addendumText')} required htmlFor="addendum-text">
        <Input.TextArea id="addendum-text" autoFocus value={text} onChange={(e) => setText(e.target.value)} />
      </Form.Item>
    </Dialog>
  );
}

/** 确认核减: finance records the recovery (资金收回) of the finding's amount with the bureau's voucher. */
export function ConfirmDisallowanceDialog({ findingId, onClose }: { findingId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const confirm = useOpMutation('findings.confirmDisallowance');
  const [voucherNo, setVoucherNo] = useState('');
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  return (
    <Dialog
      title={t('supervision.confirmDisallowance')}
      okText={t('supervision.confirmDisallowance')}
      pending={confirm.isPending}
      error={confirm.error}
      onClose={onClose}
      onOk={() => confirm.mutateAsync({ findingId, voucherNo, date })}
    >
      <Form.Item label={t('supervision.recoveryVoucher')} required htmlFor="recovery-voucher">
        <Input id="recovery-voucher" autoFocus value={voucherNo} onChange={(e) => setVoucherNo(e.target.value)} />
      </Form.Item>
      <Form.Item label={t('supervision.recoveryDate')} required htmlFor="recovery-date">
        <DatePicker
          id="recovery-date"
          format="YYYY-MM-DD"
          allowClear={false}
          value={dayjs(date)}
          onChange={(v) => v && setDate(v.format('YYYY-MM-DD'))}
        />
      </Form.Item>
    </Dialog>
  );
}
