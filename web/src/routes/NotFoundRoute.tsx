import { NotFound } from '../platform/layout/NotFound';

export default function NotFoundRoute() {
  return <NotFound />;
}
