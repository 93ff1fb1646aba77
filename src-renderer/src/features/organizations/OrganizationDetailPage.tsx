import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOp } from '../../api/hooks';
import { useLocale } from '../../app/i18n';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { formatTimestamp } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { BarsSection } from './BarsSection';
import { OrganizationGrades } from '../evaluations/OrganizationGrades';
import { OrganizationSupervision } from '../supervision/OrganizationSupervision';
import { districtLabel } from './labels';

export function OrganizationDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { can } = useSession();
  const org = useOp('organizations.get', { id });
  const o = org.data;
  const none = t('common.none');
  return (
    <>
      <PageHeader
        title={o?.name ?? t('organizations.title')}
        onBack={() => navigate({ name: 'list', area: 'organizations' })}
        extra={
          o && can('organizations.manage') ? (
            <Button
              type="primary"
              icon={<EditOutlined aria-hidden="true" />}
              onClick={() => navigate({ name: 'edit', area: 'organizations', id })}
            >
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      {o ? (
        <div className="detail-stack">
          <Card size="small">
            <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }}>
              <Descriptions.Item label={t('organizations.orgName')}>{o.name}</Descriptions.Item>
              <Descriptions.Item label={t('organizations.creditCode')}>
                <span className="mono">{o.creditCode ?? none}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('organizations.kind')}>{t(`orgKinds.${o.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('organizations.registration')}>
                {t(`registrations.${o.registration}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('organizations.districtField')}>
                {districtLabel(o.districtCode, t, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('organizations.legalRepresentative')}>
                {o.legalRepresentative || none}
              </Descriptions.Item>
              <Descriptions.Item label={t('organizations.contactPerson')}>{o.contactPerson || none}</Descriptions.Item>
              <Descriptions.Item label={t('organizations.phone')}>{o.phone || none}</Descriptions.Item>
              <Descriptions.Item label={t('organizations.foundedDate')}>{o.foundedDate ?? none}</Descriptions.Item>
              <Descriptions.Item label={t('organizations.rating')}>
                {o.rating ?? t('organizations.noRating')}
              </Descriptions.Item>
              <Descriptions.Item label={t('common.createdAt')}>{formatTimestamp(o.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('common.updatedAt')}>{formatTimestamp(o.updatedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <BarsSection organizationId={o.id} />
          <OrganizationGrades organizationId={o.id} />
          <OrganizationSupervision organizationId={o.id} />
        </div>
      ) : (
        <QueryState pending={org.isPending} error={org.error} />
      )}
    </>
  );
}
