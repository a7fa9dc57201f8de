import { describe, expect, it, vi } from 'vitest';
import { electronOpenPort } from './open-with-system';

vi.mock('electron', () => ({ shell: { openPath: vi.fn() } }));

describe('electronOpenPort', () => {
  it('reports whether the system opened the path', async () => {
    const openPath = vi.fn(async (path: string) => (path.endsWith('.eml') ? '' : 'No application is associated'));
    const port = electronOpenPort(openPath);
    expect(await port.openFile('/data/outbox/x/Báo cáo.eml')).toBe(true);
    expect(await port.openFolder('/data/outbox/x')).toBe(false);
    expect(openPath.mock.calls.map(([p]) => p)).toEqual(['/data/outbox/x/Báo cáo.eml', '/data/outbox/x']);
  });
});
