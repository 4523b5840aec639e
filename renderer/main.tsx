import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
