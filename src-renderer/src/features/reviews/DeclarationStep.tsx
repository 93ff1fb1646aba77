import type { ApplicationDetail } from '@contract';
import { ops } from '@contract';
import { App, Button, Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { quoted } from '../../components/format';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { ReasonField } from '../../components/FormErrors/ReasonField';

interface Draft {
  hasConflict: boolean;
  reason: string;
}

/** 无利益冲突声明: declare no conflict (then score), or declare one with its nature (and withdraw). */
export function DeclarationStep({ a }: { a: ApplicationDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const declare = useOpMutation('applications.declare');
  const [conflict, setConflict] = useState(false);
  const form = useSchemaForm({
    formId: 'declare',
    schema: ops['applications.declare'].input,
    initial: (): Draft => ({ hasConflict: true, reason: '' }),
    toInput: (d: Draft) => ({ id: a.id, ...d }),
    knownPaths: ['reason'],
    onValid: async (input) => {
      await declare.mutateAsync(input);
      void message.success(t('reviews.withdrawn'));
    },
  });
  const declareNone = async () => {
    try {
      await declare.mutateAsync({ id: a.id, hasConflict: false, reason: '' });
      void message.success(t('reviews.declared'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card size="small" title={<h2 className="card-title">{t('reviews.declarationTitle')}</h2>}>
      <Typography.Paragraph className="declaration-text">
        {t('reviews.declarationText', {
          org: quoted(a.organizationName, locale),
          project: quoted(a.name, locale),
        })}
      </Typography.Paragraph>
      {conflict ? (
        <Form layout="vertical" onFinish={() => void form.submit()} className="declaration-form">
          <FormAlert form={form} />
          <ReasonField form={form} label={t('reviews.conflictReason')} autoFocus minRows={2} />
          <Space>
            <Button onClick={() => setConflict(false)}>{t('common.cancel')}</Button>
            <Button type="primary" danger htmlType="submit" loading={form.submitting}>
              {t('reviews.confirmConflict')}
            </Button>
          </Space>
        </Form>
      ) : (
        <Space>
          <Button type="primary" loading={declare.isPending} onClick={() => void declareNone()}>
            {t('reviews.declareNone')}
          </Button>
          <Button danger onClick={() => setConflict(true)}>
            {t('reviews.declareConflict')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
