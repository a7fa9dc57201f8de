import { describe, expect, it } from 'vitest';
import { appendixLabelOf, authorityOf, bulletOf, dateLineOf, labelOf, soKyHieuOf, tieuNguOf } from './patterns';

describe('labelOf: heading numbers as clerks type them', () => {
  it.each([
    ['Phần thứ nhất', 'part', 'thứ nhất', ''],
    ['PHẦN II. PHƯƠNG HƯỚNG', 'part', 'II', 'PHƯƠNG HƯỚNG'],
    ['I. KẾT QUẢ THỰC HIỆN', 'roman', 'I', 'KẾT QUẢ THỰC HIỆN'],
    ['IV- TỒN TẠI', 'roman', 'IV', 'TỒN TẠI'],
    ['II/ NHIỆM VỤ', 'roman', 'II', 'NHIỆM VỤ'],
    ['1. Công tác chỉ đạo', 'arabic', '1', 'Công tác chỉ đạo'],
    ['2) Kết quả', 'arabic', '2', 'Kết quả'],
    ['3- Tồn tại', 'arabic', '3', 'Tồn tại'],
    ['1.2. Công tác kiểm tra', 'hier', '1.2', 'Công tác kiểm tra'],
    ['2.3.1 Chi tiết', 'hier', '2.3.1', 'Chi tiết'],
    ['a) Về thương mại', 'letter', 'a', 'Về thương mại'],
    ['đ) Về du lịch', 'letter', 'đ', 'Về du lịch'],
  ])('%s', (text, kind, numeral, rest) => {
    expect(labelOf(text)).toMatchObject({ kind, numeral, rest });
  });

  it.each(['Phần lớn các xã đã hoàn thành', 'Phần 2 của báo cáo này nêu', '2023 là năm bản lề', '1.234 hồ sơ được giải quyết', 'Ia Grai là huyện', 'IX kỳ họp'])('no heading: %s', (text) => {
    expect(labelOf(text)).toBeNull();
  });
});

describe('bulletOf', () => {
  it('reads "-" and its look-alikes as the first level and "+" as the second', () => {
    expect(bulletOf('- Bán lẻ tăng')).toEqual({ marker: '-', rest: 'Bán lẻ tăng' });
    expect(bulletOf('– Bán lẻ tăng')).toMatchObject({ marker: '-' });
    expect(bulletOf('• Bán lẻ tăng')).toMatchObject({ marker: '-' });
    expect(bulletOf('+ Hàng may mặc')).toEqual({ marker: '+', rest: 'Hàng may mặc' });
    expect(bulletOf('-5% so với cùng kỳ')).toMatchObject({ marker: '-' });
    expect(bulletOf('Bán lẻ - tăng')).toBeNull();
  });
});

describe('soKyHieuOf', () => {
  it('reads the number and the groups, with spaces, blanks and a one-digit number', () => {
    expect(soKyHieuOf('Số: 125/BC-SCT')).toMatchObject({ number: '125', groups: ['BC', 'SCT'], spaced: false });
    expect(soKyHieuOf('Số: 07 /BC - SCT')).toMatchObject({ number: '7', groups: ['BC', 'SCT'], spaced: true, typedNumber: '07' });
    expect(soKyHieuOf('Số:\u00a0\u00a0\u00a0\u00a0/BC-UBND')).toMatchObject({ number: '', groups: ['BC', 'UBND'] });
    expect(soKyHieuOf('Số: ....../BC-STTTT-VP')).toMatchObject({ number: '', groups: ['BC', 'STTTT', 'VP'] });
    expect(soKyHieuOf('Số 5/SCT-VP')).toMatchObject({ number: '5', groups: ['SCT', 'VP'] });
    expect(soKyHieuOf('Số liệu tổng hợp/năm')).toBeNull();
  });
});

describe('dateLineOf', () => {
  it('reads place, day and month (blank when left so) and year', () => {
    expect(dateLineOf('Hà Nội, ngày 05 tháng 01 năm 2020')).toMatchObject({ place: 'Hà Nội', day: 5, month: 1, year: 2020 });
    expect(dateLineOf('Quảng Trị, ngày      tháng 11 năm 2023')).toMatchObject({ place: 'Quảng Trị', day: null, month: 11, year: 2023 });
    expect(dateLineOf('Bắc Sơn, ngày ... tháng ... năm 2024')).toMatchObject({ day: null, month: null, year: 2024 });
    expect(dateLineOf('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019')).toMatchObject({ place: 'Thành phố Hồ Chí Minh', day: 29, month: 6 });
    expect(dateLineOf('Quảng Ngãi, ngày 20/11/2023')).toMatchObject({ place: 'Quảng Ngãi', day: 20, month: 11, year: 2023 });
    expect(dateLineOf('Trong ngày hôm đó, tháng trước, năm ngoái')).toBeNull();
  });
});

describe('tieuNguOf and authorityOf', () => {
  it('tells the tiêu ngữ in any dashes from NĐ30’s own form', () => {
    expect(tieuNguOf('Độc lập - Tự do - Hạnh phúc')).toEqual({ exact: true });
    expect(tieuNguOf('Độc lập – Tự do – Hạnh phúc')).toEqual({ exact: false });
    expect(tieuNguOf('Độc lập-Tự do-Hạnh phúc')).toEqual({ exact: false });
  });
  it('reads the authority prefixes in their usual spellings', () => {
    expect(authorityOf('TM. ỦY BAN NHÂN DÂN')).toEqual({ prefix: 'TM.', title: 'ỦY BAN NHÂN DÂN' });
    expect(authorityOf('KT.GIÁM ĐỐC')).toEqual({ prefix: 'KT.', title: 'GIÁM ĐỐC' });
    expect(authorityOf('K/T CHỦ TỊCH')).toEqual({ prefix: 'KT.', title: 'CHỦ TỊCH' });
    expect(authorityOf('T/M BAN CHỈ ĐẠO')).toEqual({ prefix: 'TM.', title: 'BAN CHỈ ĐẠO' });
    expect(authorityOf('Q. GIÁM ĐỐC')).toEqual({ prefix: 'Q.', title: 'GIÁM ĐỐC' });
    expect(authorityOf('QUYỀN GIÁM ĐỐC')).toBeNull();
    expect(authorityOf('TMĐT')).toBeNull();
  });
  it('reads appendix labels with the title on the same line or below', () => {
    expect(appendixLabelOf('Phụ lục')).toEqual({ title: '' });
    expect(appendixLabelOf('PHỤ LỤC SỐ 02')).toEqual({ title: '' });
    expect(appendixLabelOf('Phụ lục I: DANH MỤC VĂN BẢN')).toEqual({ title: 'DANH MỤC VĂN BẢN' });
    expect(appendixLabelOf('Phụ lục kèm theo báo cáo được gửi')).toBeNull();
  });
});
