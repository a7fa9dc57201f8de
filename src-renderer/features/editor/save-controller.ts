/**
 * Autosave policy, free of React so it can be tested with fake timers:
 * save 800 ms after the last change, at most 4 s after the first unsaved change, one save in
 * flight at a time (a later change is saved after it), retry 5 s after a failure or on the next edit.
 */
import type { ApiResult } from '@shared/api/errors';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** The Vietnamese error message of the last failed save. */
  message?: string;
}

export interface SaveControllerOptions<T> {
  save: (value: T) => Promise<ApiResult<unknown>>;
  onStatus: (status: SaveStatus) => void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryMs?: number;
}

const UNEXPECTED = 'Không lưu được bản thảo. Nội dung vẫn còn trên màn hình.';

/** Saves the latest value of a document while it is being edited. */
export class SaveController<T> {
  private latest: T;
  private saved: T;
  private firstUnsavedAt: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private loop: Promise<boolean> | null = null;
  private queued = false;
  private error: string | null = null;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(
    initial: T,
    private readonly options: SaveControllerOptions<T>,
  ) {
    this.latest = initial;
    this.saved = initial;
    this.debounceMs = options.debounceMs ?? 800;
    this.maxWaitMs = options.maxWaitMs ?? 4000;
    this.retryMs = options.retryMs ?? 5000;
  }

  /** Records a new value; a save follows after the debounce (or the max wait). */
  change(value: T): void {
    if (value === this.latest) return;
    this.latest = value;
    const now = Date.now();
    this.firstUnsavedAt ??= now;
    this.clearRetry();
    const delay = Math.max(0, Math.min(this.debounceMs, this.firstUnsavedAt + this.maxWaitMs - now));
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.kick(), delay);
    this.emit(this.loop !== null);
  }

  /** Saves now; resolves true when the latest value is stored. */
  async flush(): Promise<boolean> {
    if (this.latest === this.saved && this.loop === null) return true;
    await this.kick();
    return this.latest === this.saved;
  }

  /** Whether something is not stored yet. */
  get pending(): boolean {
    return this.latest !== this.saved;
  }

  /** Stops the timers; the controller stays usable. */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.clearRetry();
  }

  private kick(): Promise<boolean> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.loop !== null) {
      // One save at a time: the running loop saves the latest value once more when it ends.
      this.queued = true;
      return this.loop;
    }
    this.loop = this.drain().finally(() => {
      this.loop = null;
    });
    return this.loop;
  }

  private async drain(): Promise<boolean> {
    do {
      this.queued = false;
      if (this.latest === this.saved) break;
      const value = this.latest;
      this.firstUnsavedAt = null;
      this.error = null;
      this.emit(true);
      let result: ApiResult<unknown>;
      try {
        result = await this.options.save(value);
      } catch {
        result = { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
      }
      if (!result.ok) {
        this.error = result.error.message;
        if (this.latest !== value) this.firstUnsavedAt ??= Date.now();
        this.scheduleRetry();
        this.emit(false);
        return false;
      }
      this.saved = value;
      this.error = null;
      if (this.latest !== value) this.firstUnsavedAt ??= Date.now();
    } while (this.queued);
    this.emit(false);
    return this.latest === this.saved;
  }

  private scheduleRetry(): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.kick();
    }, this.retryMs);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private emit(inFlight: boolean): void {
    if (this.error !== null) this.options.onStatus({ state: 'error', message: this.error });
    else if (inFlight) this.options.onStatus({ state: 'saving' });
    else this.options.onStatus({ state: this.latest === this.saved ? 'saved' : 'dirty' });
  }
}
