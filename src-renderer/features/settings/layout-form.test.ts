import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@shared/domain/settings-schema';
import { fieldError, fromForm, parseMm, toForm } from './layout-form';

describe('layout form', () => {
  it('reads millimetres with a dot or a comma and refuses other text', () => {
    expect(parseMm('20')).toBe(20);
    expect(parseMm(' 22,5 ')).toBe(22.5);
    expect(parseMm('2O')).toBeNull();
    expect(parseMm('')).toBeNull();
  });

  it('round-trips a layout and names the sides that are not numbers', () => {
    const { layout } = defaultSettings();
    expect(fromForm(toForm(layout))).toEqual({ layout });
    const form = toForm(layout);
    expect(fromForm({ ...form, margins: { ...form.margins, left: 'ba mươi' } })).toEqual({ notNumbers: ['left'] });
  });

  it("finds the field and the words of main's refusal", () => {
    const message = 'Dữ liệu không hợp lệ ở trường "settings.layout.margins.left": Lề trái tối đa 35 mm';
    expect(fieldError(message)).toEqual({ field: 'margins.left', text: 'Lề trái tối đa 35 mm' });
    expect(fieldError('Không lưu được cài đặt')).toBeNull();
  });
});
