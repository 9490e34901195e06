import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { startPageLanguage } from '@/components/common/page-language';
import './style.css';

const root = createRoot(document.getElementById('root')!);
let generation = 0;
// The language's table first (English is bundled; another is one local file read), then the popup; a new
// key renders it anew when the seller changes the language.
void startPageLanguage('common.brand', () =>
  root.render(
    <StrictMode>
      <PopupApp key={++generation} />
    </StrictMode>,
  ));
