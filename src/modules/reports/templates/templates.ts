/**
 * The kinds of periodic report (citizen-relations §10.1–§10.2): their subject, their sections —
 * sentences from figures, the unit's free text, its declared figures — and their annex tables with
 * the identities the rows satisfy. No official outline of the "Dân vận chính quyền" report was
 * read (❓): its outline is composed from the seeds and the legal duties.
 */
import type { FreeText } from '../../../contracts/report-documents.js';
import type { ReportKind } from '../../../contracts/report-runs.js';
import type { SentenceTemplate } from '../sentences.js';
import { communitySentences, modelSentences, oneStopSentences, petitionSentences, receptionSentences } from './sections.js';

export type TemplateItem =
  | { sentence: SentenceTemplate }
  | { free: keyof FreeText }
  | { declared: 'indicator' | 'opening' }
  /** Data prompts for the assessment, shown to the writer and never printed. */
  | { prompts: true };
export type TemplateSection = { heading: string; items: TemplateItem[] };
export type AnnexSpec = { code: string; title: string; figureIds: string[]; identities: string[] };
export type ReportTemplate = {
  kind: ReportKind;
  version: number;
  legalBasis: string;
  subject: string;
  sections: TemplateSection[];
  annexes: AnnexSpec[];
};

const sentences = (list: SentenceTemplate[]): TemplateItem[] => list.map((sentence) => ({ sentence }));

const closing: TemplateSection[] = [
  { heading: 'II. ĐÁNH GIÁ CHUNG', items: [{ prompts: true }, { free: 'assessment' }] },
  { heading: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', items: [{ free: 'tasks' }] },
  { heading: 'IV. KIẾN NGHỊ, ĐỀ XUẤT', items: [{ free: 'recommendations' }] },
];

const annexOneStop: AnnexSpec = {
  code: 'PL01',
  title: 'Kết quả giải quyết thủ tục hành chính (Quyết định 766/QĐ-TTg)',
  figureIds: [
    'dossiers.received',
    'dossiers.receivedOnline',
    'dossiers.settled',
    'dossiers.early',
    'dossiers.onTime',
    'dossiers.late',
    'dossiers.inProgress',
    'dossiers.inProgressOverdue',
    'dossiers.handled',
    'dossiers.timelyHandled',
    'dossiers.timelyRate',
    'ratings.total',
    'ratings.satisfiedRate',
    'ratings.verySatisfiedRate',
  ],
  identities: [
    'dossiers.settled = dossiers.early + dossiers.onTime + dossiers.late',
    'dossiers.handled = dossiers.settled + dossiers.inProgress',
  ],
};
const annexReception: AnnexSpec = {
  code: 'PL02',
  title: 'Tiếp công dân và đối thoại (biểu 01/TCD)',
  figureIds: [
    'reception.sessions',
    'reception.periodic.sessions',
    'reception.adHoc.sessions',
    'reception.periodic.days',
    'reception.periodic.visits',
    'reception.visits',
    'reception.persons',
    'reception.matters',
    'reception.repeatMatters',
    'reception.groups',
    'dialogues.held',
    'dialogues.partyCommittee',
    'dialogues.linkedToPetitions',
  ],
  identities: ['reception.sessions = reception.periodic.sessions + reception.adHoc.sessions'],
};
const annexPetitions: AnnexSpec = {
  code: 'PL03',
  title: 'Tiếp nhận, xử lý đơn và giải quyết khiếu nại, tố cáo (biểu XLD01, KQGQ01)',
  figureIds: [
    'petitions.carriedOver',
    'petitions.received',
    'petitions.total',
    'petitions.processed',
    'petitions.unprocessed',
    'petitions.eligible',
    'petitions.complaints',
    'petitions.denunciations',
    'petitions.complaintsAndDenunciations',
    'petitions.recommendations',
    'petitions.skippedLevel',
    'settlements.total',
    'settlements.decided',
    'settlements.onTime',
    'settlements.pending',
  ],
  identities: [
    'petitions.total = petitions.carriedOver + petitions.received',
    'petitions.total = petitions.processed + petitions.unprocessed',
    'petitions.complaintsAndDenunciations = petitions.complaints + petitions.denunciations',
  ],
};
const annexCommunity: AnnexSpec = {
  code: 'PL04',
  title: 'Hòa giải ở cơ sở, trợ giúp pháp lý, "Dân vận khéo" và dân chủ ở cơ sở',
  figureIds: [
    'mediation.teams',
    'mediation.mediators',
    'mediation.received',
    'mediation.referred',
    'mediation.mediated',
    'mediation.success',
    'mediation.failure',
    'mediation.stopped',
    'mediation.inProgress',
    'mediation.successRate',
    'legalAid.opened',
    'legalAid.completed',
    'models.province',
    'models.district',
    'models.grassroots',
    'models.entries',
    'democracy.disclosuresDue',
    'democracy.disclosedOnTime',
    'democracy.findings',
  ],
  identities: [
    'mediation.received = mediation.referred + mediation.mediated',
    'mediation.mediated = mediation.success + mediation.failure + mediation.stopped + mediation.inProgress',
  ],
};

const templates: Record<ReportKind, ReportTemplate> = {
  dan_van: {
    kind: 'dan_van',
    version: 1,
    legalBasis: 'Kết luận 114-KL/TW; Quy chế công tác dân vận của hệ thống chính trị (❓ chưa có đề cương chính thức)',
    subject: 'Kết quả thực hiện công tác dân vận chính quyền',
    sections: [
      { heading: 'I. KẾT QUẢ THỰC HIỆN', items: [] },
      { heading: '1. Công tác lãnh đạo, chỉ đạo', items: [{ free: 'direction' }] },
      { heading: '2. Cải cách hành chính, thực hiện cơ chế một cửa, một cửa liên thông', items: sentences(oneStopSentences) },
      {
        heading: '3. Tiếp công dân, đối thoại, giải quyết đơn thư',
        items: [...sentences(receptionSentences), ...sentences(petitionSentences)],
      },
      { heading: '4. Hòa giải ở cơ sở, trợ giúp pháp lý và thực hiện dân chủ ở cơ sở', items: sentences(communitySentences) },
      { heading: '5. Phong trào thi đua "Dân vận khéo"', items: sentences(modelSentences) },
      { heading: '6. Các chỉ tiêu do đơn vị kê khai', items: [{ declared: 'indicator' }, { declared: 'opening' }] },
      ...closing,
    ],
    annexes: [annexOneStop, annexReception, annexPetitions, annexCommunity],
  },
  reception_petitions: {
    kind: 'reception_petitions',
    version: 1,
    legalBasis: 'Thông tư 06/2025/TT-TTCP (Mẫu 02 và các biểu 01/TCD, XLD, KQGQ) 🟡',
    subject: 'Công tác tiếp công dân, xử lý đơn thư, giải quyết khiếu nại, tố cáo',
    sections: [
      { heading: 'I. KẾT QUẢ THỰC HIỆN', items: [{ free: 'direction' }] },
      { heading: '1. Công tác tiếp công dân', items: sentences(receptionSentences) },
      { heading: '2. Tiếp nhận, phân loại và xử lý đơn', items: sentences(petitionSentences) },
      { heading: '3. Số liệu kê khai', items: [{ declared: 'opening' }] },
      ...closing,
    ],
    annexes: [annexReception, annexPetitions],
  },
  community: {
    kind: 'community',
    version: 1,
    legalBasis: 'Luật Hòa giải ở cơ sở 2013; Luật Trợ giúp pháp lý 2017 (Thông tư 12/2018/TT-BTP); Luật Thực hiện dân chủ ở cơ sở 2022',
    subject: 'Công tác hòa giải ở cơ sở, trợ giúp pháp lý và thực hiện dân chủ ở cơ sở',
    sections: [
      { heading: 'I. KẾT QUẢ THỰC HIỆN', items: [{ free: 'direction' }] },
      { heading: '1. Hòa giải ở cơ sở, trợ giúp pháp lý, dân chủ ở cơ sở', items: sentences(communitySentences) },
      { heading: '2. Phong trào "Dân vận khéo"', items: sentences(modelSentences) },
      { heading: '3. Số liệu kê khai', items: [{ declared: 'indicator' }, { declared: 'opening' }] },
      ...closing,
    ],
    annexes: [annexCommunity],
  },
};

export const reportTemplate = (kind: ReportKind): ReportTemplate => templates[kind];
