/** The Vietnamese words the lists behind figures print for the codes their records keep. */
import { publicStatusLabels } from '../../../contracts/dossiers.js';
import { petitionFieldLabels } from '../../../contracts/petitions.js';

const petitionKinds: Record<string, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  reflection: 'Phản ánh',
  mixed: 'Nhiều nội dung',
};
const petitionStatuses: Record<string, string> = {
  received: 'Đã tiếp nhận',
  classified: 'Đã phân loại',
  accepted: 'Đã thụ lý',
  guided: 'Đã hướng dẫn',
  transferred: 'Đã chuyển đơn',
  returned: 'Đã trả lại nơi chuyển',
  filed: 'Lưu đơn',
  split: 'Đã tách',
  referred: 'Chuyển thanh tra, kiểm tra',
};
const caseStatuses: Record<string, string> = {
  received: 'Đã tiếp nhận',
  in_progress: 'Đang thực hiện',
  success: 'Hòa giải thành',
  failure: 'Hòa giải không thành',
  stopped: 'Dừng',
  referred: 'Đã chuyển',
  accepted: 'Đã thụ lý',
  completed: 'Hoàn thành',
  registered: 'Đã đăng ký',
  launched: 'Đang triển khai',
  recognised: 'Đã công nhận',
  discontinued: 'Dừng',
};
const legalAidForms: Record<string, string> = {
  proceedings: 'Tham gia tố tụng',
  advice: 'Tư vấn pháp luật',
  out_of_court: 'Đại diện ngoài tố tụng',
};
const channels: Record<string, string> = { counter: 'Trực tiếp', online: 'Trực tuyến' };
const fields: Record<string, string> = Object.fromEntries(Object.entries(petitionFieldLabels).map(([key, label]) => [key, label.vi]));

const byColumn: Record<string, Record<string, string>> = {
  kind: petitionKinds,
  field: fields,
  channel: channels,
  form: legalAidForms,
};

/** A row with its codes written out; a code without a word is kept as it is. */
export function labelled(
  row: Record<string, string | number | null>,
  list: 'dossiers' | 'petitions' | 'cases',
): Record<string, string | number | null> {
  const statuses: Record<string, string> =
    list === 'dossiers' ? publicStatusLabels : list === 'petitions' ? petitionStatuses : caseStatuses;
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      const words = key === 'status' ? statuses : byColumn[key];
      return [key, typeof value === 'string' && words?.[value] ? words[value] : value];
    }),
  );
}
