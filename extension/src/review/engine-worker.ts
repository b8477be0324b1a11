/** The review page's worker: reading and checking documents away from the page's thread. */
import { answerEngineRequests } from './engine.ts';

answerEngineRequests(self as unknown as Parameters<typeof answerEngineRequests>[0]);
