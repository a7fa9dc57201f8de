/** The six steps of the guide: their names, their help, and which fields of the draft each one holds. */
import { STEP_IDS, type StepId } from '../editor/store/editor-state';

export { STEP_IDS, type StepId };
export { stepOfField } from '../editor/store/field-steps';

export interface StepInfo {
  id: StepId;
  /** "1", "2", … as shown in the rail. */
  number: number;
  /** The step's name, in the rail and as the screen's heading. */
  title: string;
  /** One or two sentences: what goes here. */
  help: string;
  /** What it looks like in a real report. */
  example?: string;
}

export const STEPS: readonly StepInfo[] = [
  {
    id: 'header',
    number: 1,
    title: 'Cơ quan, số và ký hiệu',
    help: 'Phần đầu văn bản: tên cơ quan chủ quản và cơ quan ban hành (góc trái), số và ký hiệu, địa danh và ngày tháng. Số và ngày có thể để trống cho văn thư ghi khi phát hành; ký hiệu được ghép từ chữ viết tắt của cơ quan.',
    example: 'UBND TỈNH QUẢNG TRỊ / SỞ THÔNG TIN VÀ TRUYỀN THÔNG — Số: …/BC-STTTT — Quảng Trị, ngày … tháng 11 năm 2023',
  },
  {
    id: 'opening',
    number: 2,
    title: 'Trích yếu, Kính gửi, mở đầu',
    help: 'Trích yếu nói ngắn gọn báo cáo về việc gì; “Kính gửi” khi báo cáo gửi lên cấp trên; đoạn mở đầu nêu căn cứ (kế hoạch, văn bản yêu cầu báo cáo).',
    example: 'BÁO CÁO — Công tác tuyên truyền cải cách hành chính năm 2023 — “Thực hiện Kế hoạch số 22/KH-UBND ngày 07/02/2023 của UBND tỉnh …, Sở Thông tin và Truyền thông báo cáo như sau:”',
  },
  {
    id: 'content',
    number: 3,
    title: 'Nội dung',
    help: 'Các mục của báo cáo. Số mục (I., 1., a)) tự đánh theo vị trí: thêm, xóa, kéo thả hay chuyển cấp mục đều được đánh số lại.',
    example: 'I. Về công tác triển khai — II. Kết quả thực hiện — 1. Tuyên truyền trên Trang thông tin điện tử — III. Nhiệm vụ trọng tâm năm 2024',
  },
  {
    id: 'closing',
    number: 4,
    title: 'Kết thúc và Nơi nhận',
    help: 'Câu kết “Trên đây là …”, rồi các nơi nhận báo cáo, mỗi nơi một dòng kết thúc bằng dấu “;”, và dòng “Lưu: VT, …” ở cuối.',
    example: 'Nơi nhận: - Sở Nội vụ; - Ban Giám đốc Sở; - Lưu: VT, TTBCXB.',
  },
  {
    id: 'signer',
    number: 5,
    title: 'Người ký',
    help: 'Thẩm quyền ký (KT., TM., TL., TUQ., Q. hoặc không có), chức vụ và họ tên người ký. Cấp phó ký thay người đứng đầu ghi “KT.” và chức danh người đứng đầu.',
    example: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Hoàn',
  },
  {
    id: 'review',
    number: 6,
    title: 'Kiểm tra, in và gửi',
    help: 'Danh sách những gì Nghị định 30 yêu cầu mà báo cáo còn thiếu hoặc chưa đúng; bấm vào từng mục để sửa. Các kiểm tra chỉ nhắc, không chặn: vẫn in, xuất và gửi được.',
  },
];

/** The step with this id. */
export function stepInfo(id: StepId): StepInfo {
  return STEPS.find((step) => step.id === id) ?? (STEPS[0] as StepInfo);
}

/** The step after / before `id`, or null at either end. */
export function nextStep(id: StepId, delta: 1 | -1): StepId | null {
  const index = STEP_IDS.indexOf(id) + delta;
  return STEP_IDS[index] ?? null;
}
