/** The review page's checking worker: the engine, away from the page's thread. */
import { answerCheckRequests } from './checker.ts';

answerCheckRequests(self as unknown as Parameters<typeof answerCheckRequests>[0]);
