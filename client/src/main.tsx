import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App.tsx';
import { AnnouncerProvider } from './a11y/AnnouncerProvider.tsx';
import { createQueryClient } from './api/createQueryClient.ts';
import './styles/global.css';
import './styles/forms.css';
import './styles/pages.css';
import './styles/editor.css';
import './styles/presence.css';
import './styles/carets.css';
import './styles/history.css';
import './styles/export.css';
import './styles/comments.css';
import './styles/personal-data.css';
import './styles/workshops.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BrowserRouter>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
