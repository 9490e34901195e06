import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Options() {
  return <main>SFP Guide options</main>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options />
  </StrictMode>,
);
