/**
 * The built page document (electron-vite builds src-renderer/page/page.html into
 * out/renderer/page/page.html): the headless PDF renders the very page the app prints.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/api/errors';

/** Path of the page document inside the renderer build. */
export const PAGE_DOCUMENT = 'page/page.html';

/** The package root: the nearest folder above this file that has out/ or package.json. */
function packageRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/** The renderer build folder holding page/page.html; a Vietnamese error when it was not built. */
export function rendererBuildDir(explicit?: string): string {
  const dir = explicit ? resolve(explicit) : join(packageRoot(import.meta.dirname), 'out', 'renderer');
  if (!existsSync(join(dir, PAGE_DOCUMENT))) {
    throw new AppError('INTERNAL', `Chưa có trang in đã dựng (${join(dir, PAGE_DOCUMENT)}). Chạy "npm run build" rồi thử lại.`);
  }
  return dir;
}
