import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { listenForTasks } from './hooks/tasks.ts';
import './styles/base.css';
import './styles/frame.css';
import './styles/library.css';
import './styles/reader.css';
import './styles/codebook.css';
import './styles/stories.css';
import './styles/compare.css';
import './styles/agreement.css';
import './styles/learn.css';
import './styles/team.css';

// The events stream opens before the views' first calls: a browser opens only six connections to the
// bridge, and while an older project is upgraded (issue 12) those calls wait for it; the stream that
// says how far the upgrade got must not queue behind them.
listenForTasks();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
