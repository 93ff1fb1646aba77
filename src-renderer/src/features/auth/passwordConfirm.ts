import type { Locale } from '@contract';
import i18n from 'i18next';
import type { FieldErrors } from '../../components/FormErrors/fieldErrors';

/**
 * 确认密码 is a UI-only field: it never reaches main, so the check lives here, worded like main's
 * messages ("确认密码：两次输入的密码不一致"). `path` is also the label's key under `auth.`.
 */
export function confirmMismatch(
  password: string,
  confirm: string,
  path: 'confirmPassword' | 'confirmNewPassword',
  locale: Locale,
): FieldErrors {
  if (password === confirm) return {};
  const t = i18n.getFixedT(locale);
  return { [path]: t('auth.passwordMismatch', { field: t(`auth.${path}`) }) };
}
