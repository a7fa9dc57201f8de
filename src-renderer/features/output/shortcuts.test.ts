import { describe, expect, it } from 'vitest';
import { actionOf } from './shortcuts';

const key = (code: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('output shortcuts', () => {
  it('maps Ctrl+P, Ctrl+Shift+P and Ctrl+Shift+E (⌘ on a Mac) to print, PDF and email', () => {
    expect(actionOf(key('KeyP', { ctrl: true }))).toBe('print');
    expect(actionOf(key('KeyP', { meta: true }))).toBe('print');
    expect(actionOf(key('KeyP', { ctrl: true, shift: true }))).toBe('pdf');
    expect(actionOf(key('KeyM', { ctrl: true, shift: true }))).toBe('email');
    expect(actionOf(key('KeyE', { ctrl: true, shift: true }))).toBeNull();
  });

  it('leaves every other key to the editor', () => {
    expect(actionOf(key('KeyP'))).toBeNull();
    expect(actionOf(key('KeyE', { ctrl: true }))).toBeNull();
    expect(actionOf(key('KeyP', { ctrl: true, alt: true }))).toBeNull();
    expect(actionOf(key('KeyS', { ctrl: true }))).toBeNull();
  });
});
