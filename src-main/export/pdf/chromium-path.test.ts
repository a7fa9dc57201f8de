/** Which Chromium the headless PDF uses: the option, then BAOCAO_CHROMIUM, then the usual places. */
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium-path';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('takes --chromium first, then BAOCAO_CHROMIUM, then the first usual place that exists', () => {
    const env = { BAOCAO_CHROMIUM: '/opt/chrome' };
    expect(findChromium({ explicit: '/x/chromium', env, platform: 'linux', exists: only('/x/chromium', '/opt/chrome', '/usr/bin/chromium') })).toBe('/x/chromium');
    expect(findChromium({ env, platform: 'linux', exists: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
    expect(findChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium-browser', '/usr/bin/google-chrome') })).toBe('/usr/bin/chromium-browser');
  });

  it('names a chosen path that does not exist, and where it came from, instead of looking elsewhere', () => {
    expect(() => findChromium({ explicit: '/nope', env: {}, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow(/\/nope \(theo --chromium\)/);
    expect(() => findChromium({ env: { BAOCAO_CHROMIUM: '/nope' }, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow(/theo BAOCAO_CHROMIUM/);
  });

  it('says in Vietnamese how to give one when none is found', () => {
    expect(() => findChromium({ env: {}, platform: 'linux', exists: () => false })).toThrow(/Không tìm thấy Chromium.*--chromium.*BAOCAO_CHROMIUM/);
  });

  it('finds Microsoft Edge where Windows always has it', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chromiumCandidates('win32', { 'ProgramFiles(x86)': 'C:\\Program Files (x86)' })[0]).toBe(edge);
    expect(findChromium({ env: {}, platform: 'win32', exists: only(edge) })).toBe(edge);
  });
});
