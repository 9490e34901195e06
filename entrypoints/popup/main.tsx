import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { startPageLanguage } from '@/components/common/page-language';
import { allowIntlZoneNames } from '@/utils/policy/explain-format';
import './style.css';

// Zones the tables do not name (a seller's own choice) are named by Intl in the UI's language here.
allowIntlZoneNames(true);

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
