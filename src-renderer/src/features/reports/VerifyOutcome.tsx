import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { shanghaiTime, type ReportChange, type ReportVerifyResult } from '@contract';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The fingerprint as the report's footer prints it: its first 16 hex digits. */
const short = (fingerprint: string) => fingerprint.slice(0, 16);

/** 一致 with the report's number, time and fingerprint, or 不一致 with what was recorded since. */
export function VerifyOutcome({ result }: { result: ReportVerifyResult }) {
  const { t } = useTranslation();
  const facts = t('reports.verify.facts', {
    number: result.number,
    at: shanghaiTime(result.generatedAt),
    fingerprint: short(result.fingerprint),
  });
  if (result.matches)
    return (
      <Card size="small" className="report-verify-result matches" role="status">
        <Typography.Title level={2} className="report-verify-verdict">
          <CheckCircleFilled aria-hidden="true" /> {t('reports.verify.matches')}
        </Typography.Title>
        <p>{facts}</p>
        <p>{t('reports.verify.matchesExplain')}</p>
      </Card>
    );
  const columns = [
    { key: 'at', title: t('reports.verify.at'), render: (c: ReportChange) => shanghaiTime(c.at), width: 180 },
    { key: 'user', title: t('reports.verify.user'), dataIndex: 'username', width: 140 },
    { key: 'op', title: t('reports.verify.op'), dataIndex: 'op', width: 200 },
    { key: 'object', title: t('reports.verify.object'), dataIndex: 'object' },
  ];
  return (
    <Card size="small" className="report-verify-result differs" role="status">
      <Typography.Title level={2} className="report-verify-verdict">
        <CloseCircleFilled aria-hidden="true" /> {t('reports.verify.differs')}
      </Typography.Title>
      <p>{facts}</p>
      {result.registered ? null : <p>{t('reports.verify.edited')}</p>}
      {result.changes.length === 0 ? (
        <p>{t('reports.verify.noLoggedChange')}</p>
      ) : (
        <>
          <p>{t('reports.verify.changesSince', { count: result.changes.length })}</p>
          <Table<ReportChange>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={result.changes}
            columns={columns}
          />
        </>
      )}
    </Card>
  );
}
