import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import './theme/theme.css';
import { App } from './app/App';
import { RecoveryGate } from './recovery/RecoveryGate';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RecoveryGate>
      <App />
    </RecoveryGate>
  </StrictMode>,
);
