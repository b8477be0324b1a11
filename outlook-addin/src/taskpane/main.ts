import '@probity/ui/panel.css';
import './taskpane.css';
import { COUNCIL_FETCH_TIMEOUT_MS } from '../check.ts';
import { officeHost } from '../office.ts';
import { startTaskPane } from './pane.ts';
import { applyOfficeTheme } from './theme.ts';

declare const __PROBITY_DEMO__: boolean;
declare const __PROBITY_COUNCIL_FETCH__: boolean;

Office.onReady(() => {
  applyOfficeTheme(document.documentElement, Office.context.officeTheme);
  void startTaskPane(document, officeHost(), {
    council: {
      demo: __PROBITY_DEMO__,
      fetchUrl: __PROBITY_COUNCIL_FETCH__ ? new URL('council.json', location.href).href : null,
      fetchTimeoutMs: COUNCIL_FETCH_TIMEOUT_MS,
    },
    pollMs: 1500,
  });
});
