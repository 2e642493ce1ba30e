import { vietnamClock } from '../../platform/time/vietnam-time.js';
import type { Queryable } from '../../platform/db/types.js';
import { enqueueMessages, type OutboxMessage } from '../../platform/outbox/outbox.js';
import type { Applicant } from '../../contracts/dossiers.js';

export type DossierNotice = 'received' | 'supplement_requested' | 'payment_requested' | 'rescheduled' | 'result_ready';

/** The texts sent to the applicant (Vietnamese; an SMS fits in a few segments and carries no personal data). */
function texts(
  notice: DossierNotice,
  input: { code: string; procedureName: string; dueAt?: string | null; reason?: string; trackingUrl: string },
) {
  const due = input.dueAt ? vietnamClock(input.dueAt) : '';
  switch (notice) {
    case 'received':
      return {
        subject: `Hồ sơ ${input.code} đã được tiếp nhận`,
        sms: `Ho so ${input.code} da duoc tiep nhan. Hen tra ket qua: ${due}. Tra cuu: ${input.trackingUrl}`,
        body: `Hồ sơ ${input.code} (${input.procedureName}) đã được tiếp nhận.\nThời gian hẹn trả kết quả: ${due}.\nTra cứu tiến độ: ${input.trackingUrl}`,
      };
    case 'supplement_requested':
      return {
        subject: `Hồ sơ ${input.code} cần bổ sung`,
        sms: `Ho so ${input.code} can bo sung giay to. Vui long lien he Bo phan Mot cua. Tra cuu: ${input.trackingUrl}`,
        body: `Hồ sơ ${input.code} (${input.procedureName}) cần bổ sung, hoàn thiện.\nLý do: ${input.reason ?? ''}\nTra cứu: ${input.trackingUrl}`,
      };
    case 'payment_requested':
      return {
        subject: `Hồ sơ ${input.code}: đề nghị thực hiện nghĩa vụ tài chính`,
        sms: `Ho so ${input.code} can thuc hien nghia vu tai chinh truoc khi tra ket qua. Tra cuu: ${input.trackingUrl}`,
        body: `Hồ sơ ${input.code} (${input.procedureName}) cần thực hiện nghĩa vụ tài chính trước khi trả kết quả.\nNội dung: ${input.reason ?? ''}\nTra cứu: ${input.trackingUrl}`,
      };
    case 'rescheduled':
      return {
        subject: `Xin lỗi: hẹn lại ngày trả kết quả hồ sơ ${input.code}`,
        sms: `Xin loi ong/ba: ho so ${input.code} chua tra dung hen. Ngay hen moi: ${due}. Tra cuu: ${input.trackingUrl}`,
        body: `Hồ sơ ${input.code} (${input.procedureName}) chưa trả được kết quả đúng hẹn. Chúng tôi xin lỗi ông/bà.\nLý do: ${input.reason ?? ''}\nNgày hẹn mới: ${due}.\nTra cứu: ${input.trackingUrl}`,
      };
    case 'result_ready':
      return {
        subject: `Hồ sơ ${input.code} đã có kết quả`,
        sms: `Ho so ${input.code} da co ket qua. Moi ong/ba nhan ket qua. Tra cuu: ${input.trackingUrl}`,
        body: `Hồ sơ ${input.code} (${input.procedureName}) đã có kết quả giải quyết.\nTra cứu: ${input.trackingUrl}`,
      };
    default: {
      const unreachable: never = notice;
      throw new Error(`unknown notice ${String(unreachable)}`);
    }
  }
}

/** Queues the SMS (and the email when the applicant gave one) in the caller's transaction. */
export async function notifyApplicant(
  tx: Queryable,
  input: {
    notice: DossierNotice;
    dossierId: string;
    code: string;
    procedureName: string;
    applicant: Applicant;
    dueAt?: string | null;
    reason?: string;
    publicUrl: string;
    trackingSecret: string;
  },
): Promise<void> {
  const trackingUrl = `${input.publicUrl}/tra-cuu?ma=${encodeURIComponent(input.code)}&k=${input.trackingSecret}`;
  const text = texts(input.notice, { ...input, trackingUrl });
  const messages: OutboxMessage[] = [
    { channel: 'sms', recipient: input.applicant.phone, body: text.sms, topic: `dossier.${input.notice}`, subjectId: input.dossierId },
  ];
  if (input.applicant.email) {
    messages.push({
      channel: 'email',
      recipient: input.applicant.email,
      subject: text.subject,
      body: text.body,
      topic: `dossier.${input.notice}`,
      subjectId: input.dossierId,
    });
  }
  await enqueueMessages(tx, messages);
}
