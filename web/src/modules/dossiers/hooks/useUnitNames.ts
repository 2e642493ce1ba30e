import { useEffect, useMemo, useState } from 'react';
import { useAuth } from '../../../platform/auth/useAuth';
import { unitsApi } from '../../units/api/unitsApi';
import { unitLabel } from '../../units/unitOptions';

const cache = new Map<string, Promise<string | null>>();

function loadName(id: string): Promise<string | null> {
  let pending = cache.get(id);
  if (!pending) {
    pending = unitsApi.get(id).then(
      (unit) => unitLabel(unit),
      () => {
        cache.delete(id);
        return null;
      },
    );
    cache.set(id, pending);
  }
  return pending;
}

/** "Name (code)" of the given units: the officer's own units at once, the others from the API. */
export function useUnitNames(ids: readonly string[]): (id: string) => string {
  const { me } = useAuth();
  const [loaded, setLoaded] = useState<Record<string, string>>({});
  const known = useMemo(() => {
    const result: Record<string, string> = {};
    for (const { unit } of me?.roles ?? []) if (unit) result[unit.id] = unitLabel(unit);
    if (me?.unit) result[me.unit.id] = unitLabel(me.unit);
    return result;
  }, [me]);
  const key = [...new Set(ids)].sort().join(',');

  useEffect(() => {
    let live = true;
    const missing = key.split(',').filter((id) => id && !known[id]);
    for (const id of missing) {
      void loadName(id).then((name) => {
        if (live && name) setLoaded((previous) => (previous[id] === name ? previous : { ...previous, [id]: name }));
      });
    }
    return () => {
      live = false;
    };
  }, [key, known]);

  return (id: string) => known[id] ?? loaded[id] ?? id.slice(0, 8);
}
