/// <reference lib="webworker" />
/** The checks worker: a draft in, its findings out as plain data (see checker.ts). */
import type { Draft } from '@shared/domain/draft-schema';
import { checkToData } from './checker';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ seq: number; draft: Draft }>) => {
  const { seq, draft } = event.data;
  scope.postMessage({ seq, result: checkToData(draft) });
};
