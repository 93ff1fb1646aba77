import { ops, type DrawView } from '@contract';
import { Alert, App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { Field } from '../../components/FormErrors/Field';
import { FormAlert } from '../../components/FormErrors/FormAlert';
import { useSchemaForm } from '../../components/FormErrors/useSchemaForm';
import { RemoteSelect } from '../../components/RemoteSelect';

const SCHEMA = ops['draws.run'].input;

interface Draft {
  programId: number | undefined;
  programCode: string;
  programLabel: string;
  year: number | undefined;
  count: number | undefined;
  seed: string;
}

/** A new draw: the program (its year comes with it), how many projects, and a seed if the user has one. */
export function DrawForm({ mayDraw, onDrawn }: { mayDraw: boolean; onDrawn: (d: DrawView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = useOpMutation('draws.run');
  const form = useSchemaForm({
    formId: 'draw',
    schema: SCHEMA,
    initial: (): Draft => ({
      programId: undefined,
      programCode: '',
      programLabel: '',
      year: undefined,
      count: 5,
      seed: '',
    }),
    toInput: (d: Draft) => ({ programCode: d.programCode, year: d.year, count: d.count, seed: d.seed }),
    knownPaths: ['programCode', 'year', 'count', 'seed'],
    onValid: async (input) => {
      const d = await run.mutateAsync(input);
      void message.success(t('draws.done', { number: d.drawNumber }));
      onDrawn(d);
    },
  });
  const { draft } = form;
  return (
    <Card size="small" title={t('draws.newDraw')} className="draw-form">
      {mayDraw ? null : <Alert type="info" showIcon title={t('draws.mayNotDraw')} />}
      <Form layout="inline" colon={false} onFinish={() => void form.submit()}>
        <FormAlert form={form} />
        <Field form={form} path="programCode" label={t('draws.program')} required>
          {(c) => (
            <RemoteSelect
              {...c}
              op="fundPrograms.list"
              style={{ minWidth: 320 }}
              toOption={(p) => ({ value: p.id, label: `${p.code} ${p.name}` })}
              selected={draft.programId ? { value: draft.programId, label: draft.programLabel } : undefined}
              placeholder={t('draws.searchProgram')}
              value={draft.programId}
              onChange={(v, row) => {
                form.update(
                  (d) => ({
                    ...d,
                    programId: v,
                    programCode: row?.code ?? '',
                    programLabel: row ? `${row.code} ${row.name}` : '',
                    year: row?.year,
                  }),
                  ['programCode', 'year'],
                );
                form.touch('programCode');
              }}
            />
          )}
        </Field>
        <Field form={form} path="year" label={t('draws.year')}>
          {(c) => <InputNumber {...c} value={draft.year} disabled style={{ width: 90 }} />}
        </Field>
        <Field form={form} path="count" label={t('draws.count')} required>
          {(c) => (
            <InputNumber
              {...c}
              min={1}
              max={500}
              precision={0}
              value={draft.count}
              onChange={(v) => form.set('count', v ?? undefined)}
            />
          )}
        </Field>
        <Field form={form} path="seed" label={t('draws.seed')}>
          {(c) => (
            <Input
              {...c}
              maxLength={64}
              placeholder={t('draws.seedHint')}
              style={{ width: 320 }}
              value={draft.seed}
              onChange={(e) => form.set('seed', e.target.value)}
            />
          )}
        </Field>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={form.submitting} disabled={!mayDraw}>
            {t('draws.run')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
