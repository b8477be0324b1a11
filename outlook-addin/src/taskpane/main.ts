import '@probity/ui/panel.css';
import './taskpane.css';
import { officeHost } from '../office.ts';
import { startTaskPane } from './pane.ts';

declare const __PROBITY_DEMO__: boolean;

Office.onReady(() => {
  void startTaskPane(document, officeHost(), { councilUrl: 'council.json', demo: __PROBITY_DEMO__, pollMs: 1500 });
});
