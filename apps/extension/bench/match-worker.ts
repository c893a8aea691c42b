// The benchmark's stand-in for the background: core's matcher over the prebuilt index, off the page's main thread.
import { answerMatchRequest, type MatchRequest } from '../utils/match-client';
import { getMatcher } from '../utils/screening-data';

self.onmessage = (event: MessageEvent<{ id: number; request: MatchRequest }>) => {
  const started = performance.now();
  const response = answerMatchRequest(getMatcher(), event.data.request);
  self.postMessage({ id: event.data.id, response, matchMs: performance.now() - started });
};
