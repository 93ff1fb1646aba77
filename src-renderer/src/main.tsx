import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { App } from './app/App';
import { currentLocale, initI18n } from './app/i18n';

async function start(): Promise<void> {
  await initI18n();
  configureClient({ locale: currentLocale });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
