import { SetupPage } from '../modules/setup/components/SetupPage';

export default function SetupRoute() {
  return <SetupPage />;
}
