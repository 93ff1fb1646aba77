// antd's own styling engine (a dependency of antd, the one copy it uses), for its style cache.
import { createCache, StyleProvider } from '@ant-design/cssinjs';
import { ConfigProvider, type ThemeConfig } from 'antd';
import type { ReactNode } from 'react';
// The ES module builds: antd/locale/* are CommonJS and would bring a second copy of the date-picker locales.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useLocale } from './i18n';

// System fonts first (app.css gives the body the same stack for the screens drawn without antd), then the CJK families found on Windows, macOS and Linux office machines.
const FONT_STACK =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

// Someone who asked their system for less motion gets none: dialogs, dropdowns and tabs appear at once. (The
// end-to-end tests ask for it too, so a click never lands on a dialog still zooming in.)
const reduceMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const THEME: ThemeConfig = { token: { fontFamily: FONT_STACK, motion: !reduceMotion } };

// antd draws its required "*" with CSS ::before, which Chromium counts into the label's accessible name
// ("* 机构名称"). This mark uses CSS alternative text (content: "*" / ""), so it is seen but not read, and it is
// not part of the label's text either; controls carry aria-required instead.
const requiredMark = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-label">{label}</span> : label;

/**
 * antd builds a component's CSS when the first instance mounts and forgets it when the last one unmounts (the
 * <style> stays in the page), so every change of screen or tab built the CSS of its tables, pagers, pickers and
 * checkboxes again: most of a click's time on a big ledger. This cache keeps what was built; a component that
 * mounts again finds its CSS ready. Only component CSS: theme tokens keep their own bookkeeping.
 */
const styleCache = createCache();
const updateEntry = styleCache.opUpdate.bind(styleCache);
styleCache.opUpdate = (key, next) =>
  updateEntry(key, (entry) => {
    const value = next(entry);
    return value === null && entry && key.startsWith('style%') ? [0, entry[1]] : value;
  });

/**
 * antd's settings for the screens drawn with it (the signed-in frame, the first-run form). The sign-in screen is
 * drawn without antd, so this module and antd load only after it has appeared.
 */
export function Themed({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录", changing the buttons' accessible names.
    // virtual off: a virtual dropdown exposes only three options to assistive technology; ours are short lists.
    <StyleProvider cache={styleCache}>
      <ConfigProvider
        locale={locale === 'zh' ? zhCN : enUS}
        theme={THEME}
        virtual={false}
        button={{ autoInsertSpace: false }}
        form={{ requiredMark }}
      >
        {children}
      </ConfigProvider>
    </StyleProvider>
  );
}
