import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './transport/connect.ts';
import { App } from './app/App.tsx';
import { ConnectionError } from './app/ConnectionError.tsx';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/contacts.css';
import './styles/form.css';
import './styles/screens.css';
import './styles/tasks.css';

/** Boots the renderer in Electron (preload bridge) or in a browser on the web host: connect() picks. */
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const connection = connect();
createRoot(container).render(
  <StrictMode>{'error' in connection ? <ConnectionError message={connection.error} /> : <App client={connection} />}</StrictMode>,
);
