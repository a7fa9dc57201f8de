/**
 * Which Chromium renders the headless PDF: `--chromium <path>`, else BAOCAO_CHROMIUM, else the
 * usual places of Chromium, Chrome and (on Windows, where it is always there) Microsoft Edge.
 */
import { existsSync } from 'node:fs';
import { win32 } from 'node:path';
import { AppError } from '../../shared/api/errors';

/** Where to look, and how to tell whether a file is there (tests inject both). */
export interface ChromiumSearch {
  explicit?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

/** The usual executables of a platform, most specific first. */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    const fallbacks = ['C:\\Program Files (x86)', 'C:\\Program Files'];
    return [...new Set([...roots, ...fallbacks])].flatMap((root) => [
      win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

/** The Chromium executable to use; a Vietnamese error naming what was tried when there is none. */
export function findChromium(search: ChromiumSearch = {}): string {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  const chosen = search.explicit ?? env.BAOCAO_CHROMIUM;
  if (chosen) {
    if (exists(chosen)) return chosen;
    const from = search.explicit ? '--chromium' : 'BAOCAO_CHROMIUM';
    throw new AppError('INVALID_ARGUMENT', `Không tìm thấy trình duyệt Chromium tại ${chosen} (theo ${from}).`);
  }
  const found = chromiumCandidates(search.platform ?? process.platform, env).find((path) => exists(path));
  if (found) return found;
  throw new AppError(
    'INTERNAL',
    'Không tìm thấy Chromium, Google Chrome hay Microsoft Edge để tạo PDF. Cài một trình duyệt này, hoặc chỉ đường dẫn bằng --chromium <tệp> hay biến môi trường BAOCAO_CHROMIUM.',
  );
}
