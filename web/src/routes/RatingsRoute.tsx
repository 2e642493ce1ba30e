import { RatingsPage } from '../modules/ratings/components/RatingsPage';

export default function RatingsRoute() {
  return <RatingsPage />;
}
