import { LoadingOutlined } from '@ant-design/icons';
import { Button, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
import type { FormApi } from './useSchemaForm';

interface Props<D> {
  title: string;
  form: FormApi<D>;
  onClose: () => void;
  /** The confirming button's text; 保存 by default. */
  okText?: string;
  danger?: boolean;
  width?: number;
  /** Shown above the form, below a failed call's message (e.g. the rule violations of a refusal). */
  notice?: ReactNode;
  children: ReactNode;
}

/** A small form in a modal dialog: the fields, the server's message on top, cancel and confirm. */
export function FormDialog<D>(props: Props<D>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={props.title}
      onCancel={props.onClose}
      destroyOnHidden
      width={props.width}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={props.danger}
          // Our own busy state rather than antd's `loading`: antd settles that one a frame later and has been
          // seen to keep its spinner (and "loading" in the button's name) after a quick refusal.
          disabled={props.form.submitting}
          aria-busy={props.form.submitting}
          icon={props.form.submitting ? <LoadingOutlined aria-hidden /> : undefined}
          onClick={() => void props.form.submit()}
        >
          {props.okText ?? t('common.save')}
        </Button>,
      ]}
    >
      <FormAlert form={props.form} />
      {props.notice}
      <Form
        layout="vertical"
        onFinish={() => void props.form.submit()}
        // Enter in a date picker confirms the date typed or picked; it must not also submit the dialog.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.target as HTMLElement).closest('.ant-picker')) e.preventDefault();
        }}
      >
        {props.children}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
