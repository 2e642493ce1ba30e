import { ChangePasswordPage } from '../modules/account/components/ChangePasswordPage';

export default function PasswordRoute() {
  return <ChangePasswordPage />;
}
