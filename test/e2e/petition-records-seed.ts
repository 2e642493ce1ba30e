import type { PetitionIntake } from '../../src/contracts/petitions.js';
import type { SettlementStep } from '../../src/contracts/settlements.js';
import { createAccessPolicy } from '../../src/modules/org/index.js';
import { classifyPetition } from '../../src/modules/petitions/use-cases/classify-petition.js';
import { handlePetition } from '../../src/modules/petitions/use-cases/handle-petition.js';
import { openSettlement } from '../../src/modules/petitions/use-cases/open-settlement.js';
import { receivePetition } from '../../src/modules/petitions/use-cases/receive-petition.js';
import { recordSettlementStep } from '../../src/modules/petitions/use-cases/record-settlement-step.js';
import { systemContext } from '../../src/platform/audit/audit.js';
import type { Principal } from '../../src/platform/auth/principal.js';
import type { RunningServer } from '../../src/server.js';

const minute = 60_000;

type Seeded = { id: string; bookNo: number; year: number; receivedAt: string; version: number };
export type SeededPetitions = {
  petitions: Record<
    'complaint' | 'original' | 'repeat' | 'denunciation' | 'lights' | 'lightsAgain' | 'firstInstance' | 'secondComplaint',
    Seeded
  >;
  /** The first-instance settlement of `firstInstance`, decided. */
  firstSettlementId: string;
};

/**
 * The commune's book: a classified complaint, a complaint and its repeat by the same person, a
 * denunciation, two recommendations alike in words, a complaint settled at first instance and the
 * second complaint about it, accepted — all received within the last two hours.
 */
export async function seedPetitionRecords(server: RunningServer, unitId: string): Promise<SeededPetitions> {
  const db = server.database.db;
  const officer: Principal = {
    kind: 'token',
    tokenId: '00000000-0000-4000-8000-00000000e2e2',
    tokenName: 'e2e',
    role: 'reception_officer',
    unitId,
  };
  const deps = { db, access: createAccessPolicy(db) };
  const context = systemContext('e2e');
  const receive = async (minutesAgo: number, input: Omit<PetitionIntake, 'unitId' | 'signerCount' | 'isAnonymous' | 'receivedAt'>) => {
    const petition = await receivePetition(deps, officer, context, {
      unitId,
      signerCount: 1,
      isAnonymous: false,
      receivedAt: new Date(Date.now() - minutesAgo * minute).toISOString(),
      ...input,
    });
    return { id: petition.id, bookNo: petition.bookNo, year: petition.year, receivedAt: petition.receivedAt, version: petition.version };
  };
  const complaint = await receive(120, {
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất chồng lấn sang thửa đất của gia đình.',
    petitioner: { fullName: 'Hà Văn Quý', address: 'Thôn Nà Pồng, xã Bắc Mê' },
  });
  await classifyPetition(deps, officer, context, {
    petitionId: complaint.id,
    expectedVersion: complaint.version,
    classification: {
      kind: 'complaint',
      field: 'land_housing',
      isEligible: true,
      reasons: [],
      competence: { scope: 'ours' },
      settlementStatus: 'none',
      hasOriginals: false,
    },
  });
  const writer = { fullName: 'Triệu Thị Mai', idNumber: '008190004321', address: 'Bản Nà Đon, xã Bắc Mê' };
  const original = await receive(60, {
    channel: 'post',
    kind: 'complaint',
    contentSummary: 'Khiếu nại việc chậm chi trả tiền bồi thường khi thu hồi đất làm đường vào bản Nà Đon.',
    petitioner: writer,
  });
  const repeat = await receive(30, {
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Tiếp tục khiếu nại việc chưa được chi trả tiền bồi thường thu hồi đất làm đường bản Nà Đon.',
    petitioner: writer,
  });
  const denunciation = await receive(10, {
    channel: 'post',
    kind: 'denunciation',
    contentSummary: 'Tố cáo trưởng thôn thu tiền của các hộ trái quy định khi làm hồ sơ hỗ trợ nhà ở.',
    petitioner: { fullName: 'Bàn Văn Sinh', address: 'Thôn Khuổi Khon, xã Bắc Mê' },
  });
  // Two recommendations alike in words from two villagers: not the same matter once reviewed.
  const lights = await receive(50, {
    channel: 'post',
    kind: 'recommendation',
    contentSummary: 'Kiến nghị sửa chữa đèn chiếu sáng đường liên thôn Nà Pồng bị hỏng.',
    petitioner: { fullName: 'Mã Văn Pao', address: 'Thôn Nà Pồng, xã Bắc Mê' },
  });
  const lightsAgain = await receive(20, {
    channel: 'reception',
    kind: 'recommendation',
    contentSummary: 'Kiến nghị sửa chữa đèn chiếu sáng đường liên thôn Khuổi Khon bị hỏng.',
    petitioner: { fullName: 'Lý Thị Hoa', address: 'Thôn Khuổi Khon, xã Bắc Mê' },
  });
  // A complaint settled at first instance, and the second complaint about that settlement, accepted.
  const classifyAndAccept = async (petition: { id: string; version: number }, settlementStatus: 'none' | 'once') => {
    const classified = await classifyPetition(deps, officer, context, {
      petitionId: petition.id,
      expectedVersion: petition.version,
      classification: {
        kind: 'complaint',
        field: 'other_administrative',
        isEligible: true,
        reasons: [],
        competence: { scope: 'ours' },
        settlementStatus,
        hasOriginals: false,
      },
    });
    await handlePetition(deps, officer, context, {
      petitionId: petition.id,
      expectedVersion: classified.version,
      handling: { outcome: 'accept' },
    });
  };
  const firstInstance = await receive(110, {
    channel: 'reception',
    kind: 'complaint',
    contentSummary: 'Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng đối với nhà xưởng chế biến gỗ.',
    petitioner: { fullName: 'Nông Thị Duyên', address: 'Thôn Bản Tàng, xã Bắc Mê' },
  });
  await classifyAndAccept(firstInstance, 'none');
  let settlement = await openSettlement(deps, officer, context, {
    petitionId: firstInstance.id,
    opening: { decisionRef: '21/TB-UBND', isRemote: false, complexity: [] },
  });
  const steps: SettlementStep[] = [
    { step: 'notify', recipients: ['petitioner'] },
    { step: 'decide', decisionRef: '25/QĐ-UBND', result: 'wrong', summary: 'Giữ nguyên quyết định xử phạt.' },
  ];
  for (const step of steps)
    settlement = await recordSettlementStep(deps, officer, context, {
      settlementId: settlement.id,
      expectedVersion: settlement.version,
      step,
    });
  const secondComplaint = await receive(5, {
    channel: 'post',
    kind: 'complaint',
    contentSummary: 'Không đồng ý với kết quả giải quyết khiếu nại lần đầu về việc xử phạt nhà xưởng, đề nghị xem xét lại.',
    petitioner: { fullName: 'Nông Thị Duyên', address: 'Thôn Bản Tàng, xã Bắc Mê' },
  });
  await classifyAndAccept(secondComplaint, 'once');
  return {
    petitions: { complaint, original, repeat, denunciation, lights, lightsAgain, firstInstance, secondComplaint },
    firstSettlementId: settlement.id,
  };
}
