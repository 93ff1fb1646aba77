import { App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOp, useOpMutation } from '../../api/hooks';
import { useSession } from '../../app/session';
import { saveFile } from '../../components/files';

/**
 * 导出检查包: the projects (searched among approved ones by number or name) and at least two evaluators. The
 * caller is proposed as the first inspector; main checks the rest (evaluators, at least two) and says which.
 */
export function ExportPackDialog({
  pool,
  onClose,
}: {
  pool: readonly { username: string; displayName: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSession();
  const [search, setSearch] = useState('');
  const [projects, setProjects] = useState<string[]>([]);
  const [inspectors, setInspectors] = useState<string[]>(
    pool.some((p) => p.username === user.username) ? [user.username] : [],
  );
  const found = useOp(
    'applications.list',
    { page: 1, pageSize: 30, sort: [], search, filters: { state: 'approved' } },
    { keepPrevious: true },
  );
  const exportPack = useOpMutation('packs.export');
  const submit = async () => {
    const out = await exportPack.mutateAsync({ projects, inspectors });
    saveFile({ fileName: out.fileName, mimeType: 'application/octet-stream', base64: out.base64 });
    void message.success(t('packs.exported', { packNo: out.packNo, count: out.projectCount }));
    onClose();
  };
  const options = (found.data?.rows ?? [])
    .filter((a) => a.agreementNumber !== null)
    .map((a) => ({ value: a.agreementNumber!, label: `${a.agreementNumber} ${a.name}` }));
  return (
    <Modal
      open
      title={t('packs.export')}
      okText={t('packs.export')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      okButtonProps={{ disabled: projects.length === 0 || inspectors.length < 2 }}
      confirmLoading={exportPack.isPending}
      onCancel={onClose}
      width={640}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('packs.projects')} required htmlFor="pack-projects">
          <Select
            id="pack-projects"
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setSearch }}
            value={projects}
            onChange={setProjects}
            options={options}
            loading={found.isFetching}
            placeholder={t('packs.pickProjects')}
          />
        </Form.Item>
        <Form.Item
          label={t('packs.inspectors')}
          required
          htmlFor="pack-inspectors"
          help={inspectors.length < 2 ? t('packs.pickInspectors') : undefined}
        >
          <Select
            id="pack-inspectors"
            mode="multiple"
            value={inspectors}
            onChange={setInspectors}
            options={pool.map((p) => ({ value: p.username, label: p.displayName }))}
            placeholder={t('packs.pickInspectors')}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
