import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
// The ES module builds: antd/locale/* are CommonJS and would bring a second copy of the date-picker locales.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { AuthGate } from './AuthGate';
import { useLocale } from './i18n';
import './app.css';
import './screens.css';

// System fonts first (app.css gives the body the same stack for the screens before sign-in), then the CJK families found on Windows, macOS and Linux office machines.
const FONT_STACK =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

const THEME: ThemeConfig = { token: { fontFamily: FONT_STACK } };

// antd draws its required "*" with CSS ::before, which Chromium counts into the label's accessible name
// ("* 机构名称"). This mark uses CSS alternative text (content: "*" / ""), so it is seen but not read, and it is
// not part of the label's text either; controls carry aria-required instead.
const requiredMark = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-label">{label}</span> : label;

export const queryClient = new QueryClient({
  defaultOptions: {
    // A local backend answers at once or not at all: retrying only delays the error message.
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
    mutations: { retry: false },
  },
});

function LocalizedApp() {
  const locale = useLocale();
  // Main writes its messages in the caller's language, so cached answers hold the old language's text.
  const shownLocale = useRef(locale);
  useEffect(() => {
    if (shownLocale.current === locale) return;
    shownLocale.current = locale;
    void queryClient.invalidateQueries();
  }, [locale]);
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录", changing the buttons' accessible names.
    // virtual off: a virtual dropdown exposes only three options to assistive technology; ours are short lists.
    <ConfigProvider
      locale={locale === 'zh' ? zhCN : enUS}
      theme={THEME}
      virtual={false}
      button={{ autoInsertSpace: false }}
      form={{ requiredMark }}
    >
      <AuthGate />
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedApp />
    </QueryClientProvider>
  );
}
