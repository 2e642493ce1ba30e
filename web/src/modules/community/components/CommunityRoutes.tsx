import { Route, Routes } from 'react-router';
import { NotFound } from '../../../platform/layout/NotFound';
import { DisclosurePage } from './disclosures/DisclosurePage';
import { DisclosuresPage } from './disclosures/DisclosuresPage';
import { QuarterlyPage } from './disclosures/QuarterlyPage';
import { CommunityFiguresPage } from './figures/CommunityFiguresPage';
import { ImportPage } from './imports/ImportPage';
import { LegalAidCasePage } from './legal-aid/LegalAidCasePage';
import { LegalAidListPage } from './legal-aid/LegalAidListPage';
import { MatterPage } from './matters/MatterPage';
import { MattersPage } from './matters/MattersPage';
import { MediationCasePage } from './mediation/MediationCasePage';
import { MediationCasesPage } from './mediation/MediationCasesPage';
import { TeamPage } from './mediation/TeamPage';
import { TeamsPage } from './mediation/TeamsPage';
import { ContestPage } from './models/ContestPage';
import { ModelPage } from './models/ModelPage';
import { ModelsPage } from './models/ModelsPage';
import { SupervisionPage } from './supervision/SupervisionPage';

/**
 * The community pages under /community: mediation, legal aid, "Dân vận khéo" models and contests,
 * figures, grassroots democracy (disclosures, resident decisions, consultation and supervision), imports.
 */
export function CommunityRoutes() {
  return (
    <Routes>
      <Route path="mediation" element={<MediationCasesPage />} />
      <Route path="mediation/cases/:id" element={<MediationCasePage />} />
      <Route path="mediation/teams" element={<TeamsPage />} />
      <Route path="mediation/teams/:id" element={<TeamPage />} />
      <Route path="legal-aid" element={<LegalAidListPage />} />
      <Route path="legal-aid/:id" element={<LegalAidCasePage />} />
      <Route path="models" element={<ModelsPage />} />
      <Route path="models/:id" element={<ModelPage />} />
      <Route path="contests/:id" element={<ContestPage />} />
      <Route path="figures" element={<CommunityFiguresPage />} />
      <Route path="disclosures" element={<DisclosuresPage />} />
      <Route path="disclosures/quarterly" element={<QuarterlyPage />} />
      <Route path="disclosures/:id" element={<DisclosurePage />} />
      <Route path="resident-matters" element={<MattersPage />} />
      <Route path="resident-matters/:id" element={<MatterPage />} />
      <Route path="supervision" element={<SupervisionPage />} />
      <Route path="imports" element={<ImportPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
