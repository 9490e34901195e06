import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import { startPageLanguage } from '@/components/common/page-language';
import { allowIntlZoneNames } from '@/utils/policy/explain-format';
import './style.css';

// Zones the tables do not name (a seller's own choice) are named by Intl in the UI's language here.
allowIntlZoneNames(true);

const root = createRoot(document.getElementById('root')!);
let generation = 0;
// As in the popup: the language first, and a fresh render (new key) when the seller changes it here.
void startPageLanguage('options.title', () =>
  root.render(
    <StrictMode>
      <OptionsApp key={++generation} />
    </StrictMode>,
  ));
