import { InboxOutlined } from '@ant-design/icons';
import { MAX_REPORT_PDF_BYTES, REPORT_NUMBER_PATTERN, type OpInput, type ReportVerifyResult } from '@contract';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import type { ApiError } from '../../api/errors';
import { readFileAsBase64 } from '../../components/files';
import { PageHeader } from '../../components/PageHeader';
import { VerifyOutcome } from './VerifyOutcome';
import './reports.css';

/**
 * 核对报告: an auditor checks a report against the database, either by the number on a printed copy or by
 * dropping the PDF itself. Reading only: nothing is changed or logged.
 */
export function ReportVerifyPage() {
  const { t, i18n } = useTranslation();
  const [number, setNumber] = useState('');
  const [touched, setTouched] = useState(false);
  // A file too large to be one of our reports is refused here, before it is read and sent.
  const [tooBig, setTooBig] = useState<string | null>(null);
  const verify = useMutation<ReportVerifyResult, ApiError, OpInput<'reports.verify'>>({
    mutationFn: (input) => call('reports.verify', input),
  });
  // Operation names in the list come from main in the language of the call, so a switch of language clears
  // the result rather than leave Chinese names on an English page.
  const { reset } = verify;
  useEffect(() => reset(), [i18n.language, reset]);
  const typed = number.trim().toUpperCase();
  const formatWrong = touched && typed !== '' && !REPORT_NUMBER_PATTERN.test(typed);

  const byNumber = () => {
    setTouched(true);
    if (typed === '' || !REPORT_NUMBER_PATTERN.test(typed)) return;
    setTooBig(null);
    verify.mutate({ number: typed });
  };
  const byFile = async (file: File) => {
    if (file.size > MAX_REPORT_PDF_BYTES) {
      verify.reset();
      setTooBig(t('reports.verify.tooBig', { file: file.name, max: MAX_REPORT_PDF_BYTES / 1_000_000 }));
      return;
    }
    setTooBig(null);
    verify.mutate({ pdfBase64: await readFileAsBase64(file), fileName: file.name });
  };

  return (
    <div className="report-verify">
      <PageHeader title={t('reports.verify.title')} />
      <p className="report-verify-intro">{t('reports.verify.intro')}</p>
      <div className="report-verify-inputs">
        <Card size="small" title={t('reports.verify.byNumber')}>
          <Form layout="vertical" colon={false} onFinish={byNumber}>
            <Form.Item
              label={t('reports.verify.number')}
              htmlFor="report-number"
              validateStatus={formatWrong ? 'error' : undefined}
              help={formatWrong ? t('reports.verify.numberFormat') : t('reports.verify.numberHint')}
            >
              <Input
                id="report-number"
                value={number}
                placeholder="BG-2026-0001"
                maxLength={20}
                autoComplete="off"
                onChange={(e) => setNumber(e.target.value)}
                onBlur={() => setTouched(true)}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={verify.isPending} disabled={typed === ''}>
              {t('reports.verify.check')}
            </Button>
          </Form>
        </Card>
        <Card size="small" title={t('reports.verify.byFile')}>
          <Upload.Dragger
            accept=".pdf,application/pdf"
            multiple={false}
            showUploadList={false}
            disabled={verify.isPending}
            beforeUpload={(file) => {
              void byFile(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden="true" />
            </p>
            <p className="ant-upload-text">{t('reports.verify.drop')}</p>
            <p className="ant-upload-hint">{t('reports.verify.dropHint')}</p>
          </Upload.Dragger>
        </Card>
      </div>
      {tooBig ? <Alert type="error" showIcon title={tooBig} className="report-verify-error" /> : null}
      {verify.error ? (
        <Alert type="error" showIcon title={verify.error.message} className="report-verify-error" />
      ) : null}
      {verify.data && !verify.isPending ? <VerifyOutcome result={verify.data} /> : null}
    </div>
  );
}
