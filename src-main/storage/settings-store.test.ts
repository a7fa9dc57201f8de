import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../shared/api/errors';
import { defaultSettings, SettingsSchema, type Settings } from '../shared/domain/settings-schema';
import { openSettingsStore, type SettingsStoreClass, type SettingsStoreOptions } from './settings-store';
import { removeDir, tempDir } from './test-support';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const settingsFile = () => join(dir, 'settings.json');
const clock = () => new Date('2025-04-01T10:00:00.000Z');
const withMargins = (s: Settings, margins: Partial<Settings['layout']['margins']>): Settings => ({
  ...s,
  layout: { ...s.layout, margins: { ...s.layout.margins, ...margins } },
});

describe('settings store', () => {
  it('starts from defaults and writes them to disk', async () => {
    const store = openSettingsStore({ dir, clock });
    expect(store.get()).toEqual(defaultSettings());
    expect(store.path).toBe(settingsFile());
    expect(SettingsSchema.parse(JSON.parse(await readFile(settingsFile(), 'utf8')))).toEqual(defaultSettings());
    expect(store.notices()).toEqual([]);
  });

  it('round-trips through the file', () => {
    const store = openSettingsStore({ dir, clock });
    const next = withMargins({ ...defaultSettings(), exportDir: '/home/van-thu/Văn bản' }, { left: 32, top: 25 });
    expect(store.set(next)).toEqual(next);
    expect(openSettingsStore({ dir, clock }).get()).toEqual(next);
  });

  it.each([
    ['top', 19],
    ['top', 26],
    ['left', 29.5],
    ['right', 21],
  ] as const)('refuses a %s margin of %d mm (outside NĐ30) and keeps the stored value', (side, mm) => {
    const store = openSettingsStore({ dir, clock });
    const error = (() => {
      try {
        store.set(withMargins(defaultSettings(), { [side]: mm }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((error as AppError).message).toContain(`layout.margins.${side}`);
    expect(openSettingsStore({ dir, clock }).get()).toEqual(defaultSettings());
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['NUL-filled', Buffer.alloc(400)],
    ['truncated', Buffer.from('{"schemaVersion":1,"layout":{"sizePre')],
    ['null', Buffer.from('null')],
    ['schema-invalid', Buffer.from(JSON.stringify(withMargins(defaultSettings(), { left: 10 })))],
  ])('quarantines an %s settings file (bytes kept) and uses defaults, with a notice', async (_name, bytes) => {
    await writeFile(settingsFile(), bytes);
    const store = openSettingsStore({ dir, clock });
    expect(store.get()).toEqual(defaultSettings());
    const names = await readdir(join(dir, 'quarantine'));
    expect(names).toEqual(['2025-04-01T10-00-00.000Z-settings.json']);
    const where = join(dir, 'quarantine', names[0] ?? '');
    expect(await readFile(where)).toEqual(bytes);
    expect(store.notices()).toHaveLength(1);
    expect(store.notices()[0]).toContain(where);
    expect(store.notices()[0]).toContain('mặc định');
  });

  it('never overwrites an earlier quarantined settings file', async () => {
    await writeFile(settingsFile(), 'null');
    openSettingsStore({ dir, clock });
    await writeFile(settingsFile(), '{');
    openSettingsStore({ dir, clock });
    const names = (await readdir(join(dir, 'quarantine'))).sort();
    expect(names).toHaveLength(2);
    const contents = await Promise.all(names.map((n) => readFile(join(dir, 'quarantine', n), 'utf8')));
    expect(contents.sort()).toEqual(['null', '{'].sort());
  });

  it('passes conf-compatible options to an injected class (electron-store in the app)', () => {
    const seen: SettingsStoreOptions[] = [];
    class Spy extends Conf<Record<string, unknown>> {
      constructor(options: SettingsStoreOptions) {
        seen.push(options);
        super(options as ConstructorParameters<typeof Conf<Record<string, unknown>>>[0]);
      }
    }
    const store = openSettingsStore({ dir, ConfClass: Spy as unknown as SettingsStoreClass, clock });
    expect(store.get()).toEqual(defaultSettings());
    expect(seen[0]).toMatchObject({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
    // conf compiles the zod-derived JSON schema with its own ajv, so ajv guards the file too.
    expect(Object.keys(seen[0]?.schema ?? {})).toEqual(Object.keys(SettingsSchema.shape));
  });
});
