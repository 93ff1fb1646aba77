import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { AuthGate } from './AuthGate';
import { useLocale } from './i18n';
import './app.css';
import './screens.css';

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
  return <AuthGate />;
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocalizedApp />
    </QueryClientProvider>
  );
}
