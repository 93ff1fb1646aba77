import type { InspectionView } from '@contract';
import { App, Button, Popconfirm, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpMutation } from '../../api/hooks';
import { formatTimestamp } from '../../components/format';

/**
 * 签字确认, one line per inspector: signed (with when, and for an external expert who entered it) or not yet.
 * The caller signs their own line and may enter an external expert's paper signature; main decides who may.
 */
export function InspectionSignatures({ inspection: v }: { inspection: InspectionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sign = useOpMutation('inspections.signOff');
  const expert = useOpMutation('inspections.recordExpertSignature');
  const accountsLeft = v.inspectors.filter((i) => i.user !== null && !i.signature).length;
  const done = (p: Promise<unknown>) =>
    p.then(() => void message.success(t('supervision.sign.done'))).catch((e: Error) => void message.error(e.message));
  return (
    <section aria-labelledby="signatures-title">
      <h3 id="signatures-title" className="supervision-section-title">
        {t('supervision.sign.title')}
      </h3>
      <p className="muted">
        {v.signedOff
          ? t('supervision.sign.complete', { at: formatTimestamp(v.signedOff.at) })
          : t('supervision.sign.rule', { count: accountsLeft })}
      </p>
      <ul className="signature-list">
        {v.inspectors.map((i) => {
          const name = i.user ? i.name : t('supervision.expertWithUnit', { name: i.name, unit: i.unit });
          const s = i.signature;
          return (
            <li key={i.seq}>
              <span className="signature-name">{name}</span>
              {s ? (
                <Tag color="green">
                  {i.user
                    ? t('supervision.sign.signedAt', { at: formatTimestamp(s.at) })
                    : t('supervision.sign.recordedBy', { name: s.recordedBy.displayName, at: formatTimestamp(s.at) })}
                </Tag>
              ) : (
                <Tag>{t('supervision.sign.notYet')}</Tag>
              )}
              {i.canSign && i.user ? (
                <Popconfirm
                  title={t(accountsLeft === 1 ? 'supervision.sign.confirmLast' : 'supervision.sign.confirm', {
                    count: v.findings.length,
                  })}
                  okText={t('supervision.signOff')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => done(sign.mutateAsync({ inspectionId: v.id }))}
                >
                  <Button size="small" type="primary" loading={sign.isPending}>
                    {t('supervision.signOff')}
                  </Button>
                </Popconfirm>
              ) : null}
              {i.canSign && !i.user ? (
                <Popconfirm
                  title={t('supervision.sign.confirmExpert', { name: i.name })}
                  okText={t('supervision.sign.recordExpert')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => done(expert.mutateAsync({ inspectionId: v.id, inspectorSeq: i.seq }))}
                >
                  <Button size="small" loading={expert.isPending}>
                    {t('supervision.sign.recordExpert')}
                  </Button>
                </Popconfirm>
              ) : null}
            </li>
          );
        })}
      </ul>
      {!v.signedOff && v.inspectors.some((i) => i.signature) ? (
        <p className="muted">{t('supervision.sign.withdrawNote')}</p>
      ) : null}
    </section>
  );
}

/** A photo's capture day and place as its EXIF tells, and a mark when it was not taken on the inspection's day. */
export function PhotoFacts({ photo }: { photo: NonNullable<InspectionView['attachments'][number]['photo']> }) {
  const { t } = useTranslation();
  const ns = (n: number) =>
    n >= 0 ? t('supervision.photo.north', { v: n.toFixed(5) }) : t('supervision.photo.south', { v: (-n).toFixed(5) });
  const ew = (n: number) =>
    n >= 0 ? t('supervision.photo.east', { v: n.toFixed(5) }) : t('supervision.photo.west', { v: (-n).toFixed(5) });
  return (
    <div className="photo-facts">
      {photo.takenAt ? (
        <span>
          {t(photo.offsetRecorded ? 'supervision.photo.takenAt' : 'supervision.photo.takenAtAssumed', {
            at: formatTimestamp(photo.takenAt),
          })}
        </span>
      ) : null}
      {photo.latitude !== null && photo.longitude !== null ? (
        <span>{t('supervision.photo.position', { lat: ns(photo.latitude), lon: ew(photo.longitude) })}</span>
      ) : (
        <span className="muted">{t('supervision.photo.noPosition')}</span>
      )}
      {photo.day === 'sameDay' ? <Tag color="green">{t('supervision.photo.sameDay')}</Tag> : null}
      {photo.day === 'otherDay' ? (
        <Tag color="red">{t('supervision.photo.otherDay', { date: photo.takenOn, days: photo.daysApart })}</Tag>
      ) : null}
      {photo.day === 'unknown' ? <Tag color="gold">{t('supervision.photo.unknown')}</Tag> : null}
    </div>
  );
}
