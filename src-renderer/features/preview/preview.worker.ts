/// <reference lib="webworker" />
/** The preview's worker: drafts in as deltas, page document changes out (preview-feed.ts). */
import { feedEndpoint, type FeedRequest } from './preview-feed';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const endpoint = feedEndpoint((reply) => scope.postMessage(reply));

scope.onmessage = (event: MessageEvent<FeedRequest>) => endpoint.receive(event.data);
