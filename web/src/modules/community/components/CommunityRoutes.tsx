import { Route, Routes } from 'react-router';
import { NotFound } from '../../../platform/layout/NotFound';
import { CommunityFiguresPage } from './figures/CommunityFiguresPage';
import { LegalAidCasePage } from './legal-aid/LegalAidCasePage';
import { LegalAidListPage } from './legal-aid/LegalAidListPage';
import { MediationCasePage } from './mediation/MediationCasePage';
import { MediationCasesPage } from './mediation/MediationCasesPage';
import { TeamPage } from './mediation/TeamPage';
import { TeamsPage } from './mediation/TeamsPage';
import { ContestPage } from './models/ContestPage';
import { ModelPage } from './models/ModelPage';
import { ModelsPage } from './models/ModelsPage';

/** The community pages under /community: mediation, legal aid, "Dân vận khéo" models and contests, figures. */
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
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
