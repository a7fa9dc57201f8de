/**
 * electron-builder.yml, read and checked by electron-builder's own code (its loader, schema, NSIS
 * language table and icon resolver; electron-builder cannot build here without downloading
 * Electron, but none of these need it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Configuration, FileAssociation, TargetConfigType } from 'app-builder-lib';
import { createAddLangsMacro, LangConfigurator } from 'app-builder-lib/out/targets/nsis/nsisLang';
import { NsisScriptGenerator } from 'app-builder-lib/out/targets/nsis/nsisScriptGenerator';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { convertIcon } from 'app-builder-lib/out/util/iconConverter';
import { lcid } from 'app-builder-lib/out/util/langs';
import { DebugLogger } from 'builder-util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferPathsIn } from '../src-main/services/open-file-import';
import { TRANSFER_EXTENSION } from '../src-main/shared/domain/transfer-format';
import { LINUX_SIZES } from './make-icons';

const root = join(import.meta.dirname, '..');
let config: Configuration;
let scratch: string;
beforeAll(async () => {
  config = await getConfig(root, null, null);
  scratch = mkdtempSync(join(tmpdir(), 'baocao-builder-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const targetNames = (target: TargetConfigType | undefined): string[] =>
  [target ?? []].flat().map((t) => (typeof t === 'string' ? t : t.target));
const assets = () => join(root, config.directories?.buildResources ?? 'build');

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts (its own schema)', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the Electron fuses as set, no more and no less', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds an NSIS installer and a portable exe, an AppImage and a deb, and a dmg', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    // Two Windows targets with one artifact name would overwrite each other.
    expect(config.nsis?.artifactName).not.toBe(config.portable?.artifactName);
    expect(config.win?.artifactName).toBeUndefined();
  });

  it('installs per user and never asks for administrator rights', () => {
    // oneClick with perMachine false: no install-mode page, RequestExecutionLevel user, %LOCALAPPDATA%.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
    expect(config.nsis?.allowToChangeInstallationDirectory).toBeUndefined();
    expect(config.win?.requestedExecutionLevel).toBe('asInvoker');
    expect(config.portable?.requestExecutionLevel).toBe('user');
  });

  it('speaks Vietnamese in the installer, and only Vietnamese', () => {
    const nsis = config.nsis ?? {};
    const langs = new LangConfigurator(nsis);
    expect(langs.langs).toEqual(['vi_VN']);
    const script = new NsisScriptGenerator();
    createAddLangsMacro(script, langs);
    expect(script.build().match(/MUI_LANGUAGE "[^"]+"/g)).toEqual(['MUI_LANGUAGE "Vietnamese"']);
    // The LCID of the version resources.
    expect(Number(nsis.language)).toBe(lcid.vi_VN);
  });

  it('gives the deb the fields it needs (maintainer with e-mail, home page, description)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage?: string };
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect((config.extraMetadata as { homepage?: string } | undefined)?.homepage ?? pkg.homepage).toMatch(/^https:\/\//);
    expect(config.linux?.synopsis?.length).toBeGreaterThan(10);
    expect(config.linux?.description?.length).toBeGreaterThan(30);
  });

  it('associates the transfer extension the app exports, which the app then picks out of its argv', () => {
    const associations = [config.fileAssociations ?? []].flat() as FileAssociation[];
    expect(associations).toHaveLength(1);
    const [association] = associations;
    expect(association?.ext).toBe(TRANSFER_EXTENSION);
    // Windows and macOS go by the last extension only, so it must be a single one.
    expect(TRANSFER_EXTENSION).toMatch(/^[a-z0-9]+$/);
    // NSIS uses the name as the ProgID: letters, digits and dots, at most 39 characters.
    expect(association?.name).toMatch(/^[A-Za-z][A-Za-z0-9.]{0,38}$/);
    // Linux registers the association only through a MIME type.
    expect(association?.mimeType).toMatch(/^application\/[a-z0-9.+-]+$/);
    expect(association?.description).toBeTruthy();
    for (const platform of [config.win, config.mac, config.linux]) expect(platform?.fileAssociations).toBeUndefined();
    const opened = join(scratch, `Báo cáo.${association?.ext}`);
    expect(transferPathsIn(['/opt/app/soan-bao-cao', opened], scratch)).toEqual([opened]);
  });

  it('points at icons that exist and that electron-builder uses as they are, without converting', async () => {
    const referenced = [config.icon, config.win?.icon, config.mac?.icon, config.linux?.icon];
    for (const icon of referenced) expect(icon && existsSync(join(assets(), icon)), String(icon)).toBe(true);
    const resolve = (format: 'ico' | 'icns' | 'set', icon: string | null | undefined) =>
      convertIcon({ sources: [icon ?? ''], fallbackSources: [], roots: [assets(), root], format, outDir: join(scratch, format) });

    const ico = await resolve('ico', config.win?.icon);
    expect(ico).toMatchObject({ isFallback: false, icons: [{ file: join(assets(), 'icon.ico'), size: 256 }] });
    const icns = await resolve('icns', config.mac?.icon);
    expect(icns).toMatchObject({ isFallback: false, icons: [{ file: join(assets(), 'icon.icns') }] });
    const set = await resolve('set', config.linux?.icon);
    expect(set.isFallback).toBe(false);
    expect(set.icons.map((icon) => [icon.size, icon.file])).toEqual(
      LINUX_SIZES.map((size) => [size, join(assets(), 'icons', `${size}x${size}.png`)]),
    );
    // Nothing was converted: the resolver would have written into its scratch folders.
    expect(['ico', 'icns', 'set'].some((format) => existsSync(join(scratch, format)))).toBe(false);
  });
});
