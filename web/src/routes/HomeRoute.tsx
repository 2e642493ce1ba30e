import { HomePage } from '../modules/home/components/HomePage';

export default function HomeRoute() {
  return <HomePage />;
}
