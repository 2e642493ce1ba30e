import { SignInPage } from '../modules/account/components/SignInPage';

export default function SignInRoute() {
  return <SignInPage />;
}
