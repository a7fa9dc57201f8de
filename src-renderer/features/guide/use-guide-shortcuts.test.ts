import { describe, expect, it } from 'vitest';
import { actionOf } from '../output/shortcuts';
import { guideActionOf } from './use-guide-shortcuts';

const key = (code: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}, name = '') => ({
  code,
  key: name,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('guide shortcuts', () => {
  it('maps undo, redo, save and the step keys, on Ctrl and on ⌘', () => {
    expect(guideActionOf(key('KeyZ', { ctrl: true }))).toBe('undo');
    expect(guideActionOf(key('KeyZ', { meta: true }))).toBe('undo');
    expect(guideActionOf(key('KeyZ', { ctrl: true, shift: true }))).toBe('redo');
    expect(guideActionOf(key('KeyY', { ctrl: true }))).toBe('redo');
    expect(guideActionOf(key('KeyS', { ctrl: true }))).toBe('save');
    expect(guideActionOf(key('PageDown', { alt: true }, 'PageDown'))).toBe('next');
    expect(guideActionOf(key('PageUp', { alt: true }, 'PageUp'))).toBe('previous');
  });

  it('Ctrl+Shift+E does exactly one thing: it exports DOCX', () => {
    for (const mods of [{ ctrl: true, shift: true }, { meta: true, shift: true }]) {
      const event = key('KeyE', mods);
      expect(actionOf(event)).toBeNull();
      expect(guideActionOf(event)).toBe('docx');
    }
  });

  it('leaves typing, AltGr combinations and the output keys alone', () => {
    expect(guideActionOf(key('KeyZ'))).toBeNull();
    expect(guideActionOf(key('KeyZ', { ctrl: true, alt: true }))).toBeNull();
    expect(guideActionOf(key('KeyP', { ctrl: true }))).toBeNull();
    expect(guideActionOf(key('ArrowUp', { alt: true }, 'ArrowUp'))).toBeNull();
  });
});
