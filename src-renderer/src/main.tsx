import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configureClient } from './api/client';
import { App, queryClient } from './app/App';
import { loadFirstRunCode, loadFrameCode } from './app/frame';
import { probeSession } from './app/session';
import { currentLocale, initI18n } from './app/i18n';

async function start(): Promise<void> {
  // Marks the timing report reads: when the scripts had run, and (SignInPage) when the form was committed.
  performance.mark('grants:scripts-run');
  configureClient({ locale: currentLocale });
  // Who is signed in is asked at once, while the text loads, not after the first render asks for it; the code of
  // a screen drawn with antd (the signed-in frame after a reload, the first run) is then fetched at once too.
  void probeSession(queryClient)
    .then(async (next) => {
      if (next === 'signedIn') await loadFrameCode();
      if (next === 'firstRun') await loadFirstRunCode();
    })
    // Only a head start: the gate loads the frame itself and reports a failure there.
    .catch(() => undefined);
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
