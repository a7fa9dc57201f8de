// @vitest-environment happy-dom
/**
 * Dropping onto a field: dragged text or HTML goes through the paste sanitiser like a paste; a
 * dropped file (a Word report) is left to the window's importer, the field inserting nothing, not
 * even the path a file manager sends along as text.
 */
import { Slice } from '@tiptap/pm/model';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '@shared/domain/draft-schema';
import { mountField, run, type Mounted } from './test-support';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** A drop event as a browser sends it, with the given data (files by name). */
function dropEvent(data: Record<string, string>, files: string[] = []): DragEvent {
  const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
  const transfer = {
    types: [...(files.length > 0 ? ['Files'] : []), ...Object.keys(data)],
    files: files.map((name) => new File([new Uint8Array([80, 75, 3, 4])], name)),
    getData: (type: string) => data[type] ?? '',
  };
  Object.defineProperty(event, 'dataTransfer', { value: transfer });
  return event;
}

/** Offers the drop to the field's handlers, as ProseMirror does; true when one took it. */
function drop(m: Mounted, event: DragEvent): boolean {
  let handled = false;
  run(() => {
    const { view } = m.editor();
    handled = view.someProp('handleDrop', (f) => f(view, event, Slice.empty, false)) ?? false;
  });
  return handled;
}

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('dropping onto a field', () => {
  it('inserts dragged HTML cleaned by the sanitiser', () => {
    mounted = mountField([p('Có sẵn')]);
    const handled = drop(mounted, dropEvent({ 'text/html': '<p>Kéo <b>vào</b><script>alert(1)</script><img src=x onerror=alert(2)></p>', 'text/plain': 'Kéo vào' }));
    expect(handled).toBe(true);
    const value = mounted.emitted[mounted.emitted.length - 1] ?? [];
    expect(JSON.stringify(value)).toContain('vào');
    expect(JSON.stringify(value)).not.toMatch(/script|alert|onerror/u);
  });

  it('leaves a dropped Word file to the importer: nothing is inserted, not its path', () => {
    mounted = mountField([p('Có sẵn')]);
    const event = dropEvent({ 'text/plain': '/home/van-thu/Báo cáo quý I.docx', 'text/uri-list': 'file:///home/van-thu/B%C3%A1o%20c%C3%A1o.docx' }, ['Báo cáo quý I.docx']);
    expect(drop(mounted, event)).toBe(true);
    expect(mounted.emitted).toEqual([]);
    expect(mounted.editor().getText()).toBe('Có sẵn');
  });
});
