import type { setupVi } from './setup.vi';

/** English messages of the first setup. */
export const setupEn: typeof setupVi = {
  navLabel: 'First setup',
  title: 'First setup',
  intro:
    'Three steps before a commune receives dossiers: load the administrative units, load the sample catalogue, then create the public service centre and the officers’ accounts. The server keeps running while loading.',
  units: {
    title: '1. Administrative units',
    description:
      'The official tables since 1 July 2025 (34 provinces; 3,321 communes, wards and special zones). With history: the provinces, districts and communes before 1 July 2025 and the succession links, so that old dossiers still resolve.',
    province: 'Province',
    provincePlaceholder: 'Choose the province to load',
    all: 'The whole country (34 provinces)',
    provinceOption: '{name} — {communes} communes',
    loadedTag: 'loaded',
    withHistory: 'With the units before 1 July 2025 and the succession links',
    start: 'Load units',
    chooseFirst: 'Choose a province (or the whole country).',
    done: 'Added {units} units and {successions} succession links ({skipped} units were already there).',
    loadedCount: 'The deployment has {count} units.',
  },
  catalogue: {
    title: '2. Sample procedure catalogue',
    description:
      'Common commune-level procedures (civil status, certification, land, construction…) with their time limits, documents and steps. Sample data: check it against the national database of administrative procedures before real use.',
    start: 'Load sample procedures',
    done: 'Added {created} procedures ({skipped} were already there).',
    loadedCount: 'The catalogue has {count} procedures.',
  },
  next: {
    title: '3. Next',
    centre: 'Create the public service centre under the commune (Units → Create, type "Public service centre").',
    staff: 'Create the accounts of the counter officers and leaders, with their roles at the centre or the commune.',
    calendar: 'Check the working calendar and the decisions still to be confirmed.',
    intake: 'Receive the first dossier.',
    goUnits: 'Units',
    goStaff: 'Staff',
    goCalendar: 'Calendar',
    goIntake: 'Counter intake',
  },
  job: {
    running: 'Running…',
    failed: 'Not completed: {title}',
    elapsed: '{seconds} s',
  },
  empty: {
    title: 'The deployment has no administrative units yet',
    adminHint: 'Start with the First setup page: load your province’s units and the sample catalogue from the app.',
    otherHint: 'An administrator must load the units and procedures first. Please contact your administrator.',
    go: 'First setup',
    noProcedures: 'The catalogue has no procedures yet.',
  },
};
