import type { IndicatorView } from '@contract';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../../components/format';
import { readingRoles } from './display';

/**
 * Every reading of an indicator, oldest first: the value over time, with the current one marked and those a
 * later entry of the same date replaced struck through (readings are never edited, only superseded).
 */
export function IndicatorHistory({ indicator }: { indicator: IndicatorView }) {
  const { t } = useTranslation();
  const { current, superseded } = readingRoles(indicator.readings);
  return (
    <table className="indicator-history" aria-label={t('indicators.historyOf', { name: indicator.name })}>
      <thead>
        <tr>
          <th scope="col">{t('indicators.date')}</th>
          <th scope="col" className="num">
            {t('indicators.value')}
          </th>
          <th scope="col">{t('indicators.note')}</th>
          <th scope="col">{t('indicators.by')}</th>
          <th scope="col">{t('indicators.at')}</th>
        </tr>
      </thead>
      <tbody>
        {indicator.readings.map((r) => {
          const old = superseded.has(r.id);
          return (
            <tr key={r.id} className={old ? 'reading-superseded' : undefined}>
              <td>
                {r.date}
                {r.id === current ? (
                  <Tag color="blue" className="reading-current">
                    {t('indicators.current')}
                  </Tag>
                ) : null}
              </td>
              <td className="num">
                {old ? (
                  <>
                    <s>{r.value}</s>
                    <span className="visually-hidden">{t('indicators.superseded')}</span>
                  </>
                ) : (
                  r.value
                )}
                {indicator.unit ? <span className="muted"> {indicator.unit}</span> : null}
              </td>
              <td className="reading-note">{r.note || t('common.none')}</td>
              <td>{r.by.displayName}</td>
              <td className="muted">{formatTimestamp(r.at)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
