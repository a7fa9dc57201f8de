// Dev server only: the React Refresh preamble normally arrives as an inline script, which the
// CSP blocks; importing it as a module keeps `electron-vite dev` working. Empty in builds.
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerQuitHandshake } from './lib/quit-handshake';
import './styles/base.css';
import './styles/drafts.css';
import './styles/editor.css';
import './styles/sections.css';
import './styles/preview.css';
import './styles/history.css';
import './styles/settings.css';

registerQuitHandshake();

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
