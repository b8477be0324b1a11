/** The review page's script, the same file in the extension and when served by `npm start`. */
import { extensionStorage } from '../pages/extension-storage.ts';
import { workerEngine } from './engine.ts';
import { startReviewPage } from './page.ts';

startReviewPage(document, { storage: extensionStorage(), engine: workerEngine(new URL('review-worker.js', document.baseURI)) });
