import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { App, queryClient } from './app/App';
import { probeSession } from './app/session';
import { currentLocale, initI18n } from './app/i18n';

async function start(): Promise<void> {
  configureClient({ locale: currentLocale });
  // Who is signed in is asked at once, while the text loads, not after the first render asks for it.
  probeSession(queryClient);
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
