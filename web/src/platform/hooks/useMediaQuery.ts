import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, updated as the window changes (right from the first render). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** A phone held upright: below antd's `md` breakpoint (768 px). Tables show fewer columns, cards stack. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 767.98px)');
}

/** Wide enough for the side menu: antd's `lg` breakpoint (992 px) and up; below it the menu opens as a drawer. */
export function useHasSideMenu(): boolean {
  return useMediaQuery('(min-width: 992px)');
}
