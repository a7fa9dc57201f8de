/**
 * Settings on `conf` (electron-store's base; the app passes electron-store's class, which takes the
 * same options). conf either throws on a damaged file or, with clearInvalidConfig, overwrites it
 * with no copy (reliability-plan §2.2): we check the file first and move a bad one to quarantine.
 * A file of an older settings version is migrated first, its original kept in `migrated/`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { AppError } from '../shared/api/errors';
import { SettingsSchema, defaultSettings, type Settings } from '../shared/domain/settings-schema';
import { CORRUPT_KIND_TEXT, CorruptFileError, parseStoredJson } from './durable-json-adapter';
import { ioError } from './durable-write';
import { describeIssue } from './draft-file';
import { isNotFound } from './fs-layer';
import { migrateSettingsFile } from './migrations/settings';
import { dataPaths } from './paths';
import { quarantineFileSync } from './quarantine';

/** The options we give the store class; conf and electron-store both accept them. */
export interface SettingsStoreOptions {
  cwd: string;
  configName: string;
  schema: Record<string, unknown>;
  rootSchema: Record<string, unknown>;
  defaults: Record<string, unknown>;
  clearInvalidConfig: false;
}

/** What we use of a conf / electron-store instance. */
export interface SettingsStoreInstance {
  store: Record<string, unknown>;
  readonly path: string;
}

/** A conf-compatible class: conf's `Conf` in plain Node, electron-store's `Store` in the app. */
export type SettingsStoreClass = new (options: SettingsStoreOptions) => SettingsStoreInstance;

/** The settings port: validated get/set and the notices from opening. */
export interface SettingsStore {
  get(): Settings;
  /** Validates and stores; throws AppError INVALID_ARGUMENT (naming the field) or IO_ERROR. */
  set(settings: Settings): Settings;
  notices(): string[];
  /** The settings file. */
  readonly path: string;
}

/** Options of openSettingsStore. */
export interface OpenSettingsStoreOptions {
  /** The data folder: settings live in `<dir>/settings.json`, quarantined files in `<dir>/quarantine`. */
  dir: string;
  ConfClass?: SettingsStoreClass;
  clock?: () => Date;
}

// conf compiles this with its own Ajv2020 (useDefaults) — checked to work, so ajv guards writes
// made through the store class too; zod stays the authority because its messages name the field.
function confSchema(): { schema: Record<string, unknown>; rootSchema: Record<string, unknown> } {
  const rootSchema = { ...(z.toJSONSchema(SettingsSchema, { io: 'input' }) as Record<string, unknown>) };
  const properties = (rootSchema.properties ?? {}) as Record<string, unknown>;
  // conf supplies `type` and `properties` itself, and its Ajv2020 already knows the dialect.
  delete rootSchema.properties;
  delete rootSchema.$schema;
  return { schema: properties, rootSchema };
}

/** Why the bytes of a settings file are unusable, or undefined when they are fine. */
function problemWith(path: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  try {
    const parsed = SettingsSchema.safeParse(parseStoredJson(path, bytes));
    return parsed.success ? undefined : `${CORRUPT_KIND_TEXT.invalid}, ${describeIssue(parsed.error)}`;
  } catch (error) {
    if (error instanceof CorruptFileError) return CORRUPT_KIND_TEXT[error.kind];
    throw error;
  }
}

/** Opens the settings in `dir`; never fails on a bad file (it is quarantined and defaults are used). */
export function openSettingsStore(options: OpenSettingsStoreOptions): SettingsStore {
  const StoreClass: SettingsStoreClass = options.ConfClass ?? (Conf as unknown as SettingsStoreClass);
  const clock = options.clock ?? (() => new Date());
  const quarantineDir = dataPaths(options.dir).quarantine;
  const path = join(options.dir, 'settings.json');
  const notices: string[] = [];

  const setAside = (reason: string) => {
    try {
      const to = quarantineFileSync(path, quarantineDir, clock());
      notices.push(
        `Tệp cài đặt "${path}" không dùng được (${reason}). Tệp đã được chuyển nguyên vẹn sang "${to}"; ` +
          'ứng dụng dùng cài đặt mặc định.',
      );
    } catch (error) {
      throw ioError(error, 'cách ly tệp cài đặt');
    }
  };

  const construct = () =>
    new StoreClass({ cwd: options.dir, configName: 'settings', ...confSchema(), defaults: defaultSettings(), clearInvalidConfig: false });

  let reason: string | undefined;
  try {
    // An older format is upgraded first (original kept in migrated/), so only a truly bad file is quarantined.
    const migrated = migrateSettingsFile(path, dataPaths(options.dir).migrated, clock());
    if (migrated) notices.push(migrated);
    reason = problemWith(path);
  } catch (error) {
    throw ioError(error, 'đọc cài đặt');
  }
  if (reason) setAside(reason);
  let store: SettingsStoreInstance;
  try {
    store = construct();
  } catch (error) {
    // Our check and conf's ajv disagree (or the file changed meanwhile): set it aside and retry once.
    if (problemWith(path) === undefined && !(error instanceof SyntaxError)) throw ioError(error, 'mở cài đặt');
    setAside(error instanceof Error ? error.message : String(error));
    store = construct();
  }

  return {
    path: store.path,
    get() {
      const parsed = SettingsSchema.safeParse(store.store);
      if (parsed.success) return parsed.data;
      // Changed behind our back while running: keep the evidence, then continue from defaults.
      setAside(`${CORRUPT_KIND_TEXT.invalid}, ${describeIssue(parsed.error)}`);
      store = construct();
      return defaultSettings();
    },
    set(settings) {
      const parsed = SettingsSchema.safeParse(settings);
      if (!parsed.success) {
        throw new AppError('INVALID_ARGUMENT', `Cài đặt không hợp lệ ở ${describeIssue(parsed.error)}. Chưa lưu.`);
      }
      try {
        store.store = parsed.data as unknown as Record<string, unknown>;
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('Config schema violation')) {
          throw new AppError('INVALID_ARGUMENT', `Cài đặt không hợp lệ: ${error.message}. Chưa lưu.`);
        }
        throw ioError(error, 'lưu cài đặt');
      }
      return parsed.data;
    },
    notices: () => [...notices],
  };
}
