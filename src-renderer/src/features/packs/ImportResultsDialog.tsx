import type { PackImportView, PackSide } from '@contract';
import { Alert, Button, Card, Modal, Radio, Space, Table, Tag, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { toApiError, type ApiError } from '../../api/errors';
import { useOpMutation } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { readFileAsBase64 } from '../../components/files';

const ACTION_COLORS = { apply: 'green', unchanged: 'default', keepOffice: 'blue', conflict: 'orange' } as const;

type Conflict = PackImportView['conflicts'][number];

/** One record the office changed since export: both versions side by side and the choice between them. */
function ConflictCard({
  c,
  side,
  onChange,
}: {
  c: Conflict;
  side: PackSide | undefined;
  onChange: (s: PackSide) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={c.label} className="pack-conflict">
      <Table
        size="small"
        pagination={false}
        rowKey="label"
        dataSource={c.rows}
        columns={[
          { key: 'label', title: t('packs.field'), dataIndex: 'label', width: 120 },
          { key: 'office', title: t('packs.officeVersion'), dataIndex: 'office' },
          { key: 'field', title: t('packs.fieldVersion'), dataIndex: 'field' },
        ]}
      />
      <Radio.Group
        aria-label={c.label}
        value={side}
        onChange={(e) => onChange(e.target.value as PackSide)}
        options={[
          { value: 'office', label: t('packs.keepOffice') },
          { value: 'field', label: t('packs.takeField') },
        ]}
      />
    </Card>
  );
}

/**
 * 导入检查结果: the file is checked first (signature, what each record would do, the conflicts) without
 * changing anything; 导入 stays disabled, saying how many conflicts are left, until each has a decision.
 */
export function ImportResultsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [checked, setChecked] = useState<PackImportView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const [sides, setSides] = useState<Record<string, PackSide>>({});
  const [done, setDone] = useState<PackImportView | null>(null);
  const importResults = useOpMutation('packs.import');

  const choose = async (f: File) => {
    setChecked(null);
    setError(null);
    setDone(null);
    setSides({});
    setChecking(true);
    try {
      const picked = { fileName: f.name, contentBase64: await readFileAsBase64(f) };
      setFile(picked);
      setChecked(await call('packs.preview', picked));
    } catch (e) {
      setError(toApiError(e, locale));
    } finally {
      setChecking(false);
    }
  };
  const open = (checked?.conflicts ?? []).filter((c) => !sides[c.key]).length;
  const submit = async () => {
    if (!file) return;
    setDone(await importResults.mutateAsync({ ...file, resolutions: sides }));
  };

  return (
    <Modal
      open
      title={t('packs.import')}
      width={880}
      onCancel={onClose}
      footer={
        done ? (
          <Button onClick={onClose}>{t('common.close')}</Button>
        ) : (
          <Space>
            {checked && open > 0 ? (
              <span className="pack-open-count">{t('packs.decideAll', { count: open })}</span>
            ) : null}
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              disabled={!checked || open > 0}
              loading={importResults.isPending}
              onClick={() => void submit().catch(() => undefined)}
            >
              {t('packs.doImport')}
            </Button>
          </Space>
        )
      }
    >
      <div className="pack-import">
        {done ? (
          <Alert
            type={done.outcome === 'conflicts' ? 'warning' : 'success'}
            showIcon
            title={
              done.outcome === 'imported'
                ? t('packs.imported', { packNo: done.packNo })
                : done.outcome === 'unchanged'
                  ? t('packs.unchanged')
                  : t('packs.stopped', { count: done.conflicts.length })
            }
          />
        ) : (
          <>
            <Upload
              accept=".grantsresult,.results,application/octet-stream"
              maxCount={1}
              showUploadList={false}
              beforeUpload={(f) => {
                void choose(f);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={checking}>
                {t('packs.chooseFile')}
              </Button>
            </Upload>
            {file ? <span className="pack-file-name">{file.fileName}</span> : null}
            {error ? <Alert type="error" showIcon title={error.message} /> : null}
            {checked ? (
              <>
                <Alert type="success" showIcon title={t('packs.signatureOk', { packNo: checked.packNo })} />
                <h3>{t('packs.records')}</h3>
                <ul className="pack-records">
                  {checked.records.map((r) => (
                    <li key={r.key}>
                      <Tag
                        color={
                          ACTION_COLORS[
                            sides[r.key] === 'field' ? 'apply' : sides[r.key] === 'office' ? 'keepOffice' : r.action
                          ]
                        }
                      >
                        {t(
                          `packs.actions.${sides[r.key] === 'field' ? 'apply' : sides[r.key] === 'office' ? 'keepOffice' : r.action}`,
                        )}
                      </Tag>
                      {r.label}
                    </li>
                  ))}
                </ul>
                {checked.conflicts.length > 0 ? (
                  <>
                    <h3>{t('packs.conflictsTitle')}</h3>
                    {checked.conflicts.map((c) => (
                      <ConflictCard
                        key={c.key}
                        c={c}
                        side={sides[c.key]}
                        onChange={(s) => setSides((x) => ({ ...x, [c.key]: s }))}
                      />
                    ))}
                  </>
                ) : null}
              </>
            ) : null}
          </>
        )}
      </div>
    </Modal>
  );
}
