// The part boundaries of docs/architektur.md, checked by `npm run check:grenzen` (part of `npm run check`).
// Each part under src/ may use only the parts listed for it; the list is a strict order, so there are no
// cycles between parts. Another part is used through its public index.ts only.

/** Which parts each part may use (besides itself). Lower parts never use higher ones. */
const erlaubt = {
  fristen: [],
  shared: ['fristen'],
  nachricht: ['shared', 'fristen'],
  dokumente: ['shared', 'fristen'],
  db: ['shared'],
  hintergrund: ['shared', 'db'],
  web: ['shared', 'db', 'hintergrund'],
  katalog: ['shared', 'db', 'hintergrund', 'web'],
  bundid: ['shared', 'db', 'hintergrund', 'web'],
  personal: ['shared', 'db', 'hintergrund', 'web', 'katalog'],
  zustellung: ['shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'nachricht', 'dokumente'],
  nachnutzung: ['shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'personal', 'zustellung', 'nachricht'],
  zustaendigkeit: ['shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'nachnutzung'],
  antrag: [
    'shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'bundid', 'zustellung', 'nachricht', 'dokumente',
    'nachnutzung', 'zustaendigkeit',
  ],
  vermieter: [
    'shared', 'fristen', 'db', 'web', 'katalog', 'bundid', 'zustellung', 'nachricht', 'dokumente', 'antrag',
  ],
  posteingang: [
    'shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'bundid', 'personal', 'zustellung', 'nachricht', 'dokumente',
    'antrag', 'vermieter',
  ],
  oeffentlich: ['shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'nachnutzung', 'zustaendigkeit', 'bundid'],
  betrieb: [
    'shared', 'fristen', 'db', 'hintergrund', 'web', 'katalog', 'bundid', 'personal', 'zustellung', 'nachricht', 'dokumente',
    'nachnutzung', 'zustaendigkeit', 'antrag', 'vermieter', 'posteingang',
  ],
}; // prettier-ignore

const teile = Object.keys(erlaubt);
const reine = ['fristen', 'nachricht', 'dokumente'];

module.exports = {
  forbidden: [
    {
      name: 'kein-zyklus',
      comment: 'No module may depend on itself through others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'kein-kompositionswurzel-import',
      comment:
        'main.ts, app.tsx and the cli files put the app together; nothing under src/<part>/ imports them.',
      severity: 'error',
      from: { path: '^src/[^/]+/' },
      to: { path: '^src/(main|app|worker|hintergrund-jobs|cli[^/]*|datenbank-start)\\.tsx?$' },
    },
    ...teile.map((teil) => ({
      name: `grenze-${teil}`,
      comment: `${teil}/ may use only: ${erlaubt[teil].join(', ') || 'nothing'}.`,
      severity: 'error',
      from: { path: `^src/${teil}/` },
      to: {
        path: '^src/[^/]+/',
        pathNot: [`^src/${teil}/`, ...erlaubt[teil].map((t) => `^src/${t}/`)],
        dependencyTypesNot: ['type-only'],
      },
    })),
    ...teile.map((teil) => ({
      name: `grenze-${teil}-typen`,
      comment: `${teil}/ may use types only of: ${erlaubt[teil].join(', ') || 'nothing'} (and the tables for db/schema.ts).`,
      severity: 'error',
      from: { path: `^src/${teil}/`, pathNot: '^src/db/schema\\.ts$' },
      to: {
        path: '^src/[^/]+/',
        pathNot: [`^src/${teil}/`, ...erlaubt[teil].map((t) => `^src/${t}/`)],
        dependencyTypes: ['type-only'],
      },
    })),
    {
      name: 'nur-ueber-index',
      comment: 'Another part is used through its index.ts, which is its public API.',
      severity: 'error',
      // config/ belongs to the composition (config.ts) and db/schema.ts only combines the table types.
      from: { path: '^src/([^/]+)/', pathNot: ['^src/db/schema\\.ts$', '^src/config/'] },
      to: { path: '^src/([^/]+)/', pathNot: ['^src/$1/', '^src/[^/]+/index\\.tsx?$'] },
    },
    {
      name: 'reine-teile',
      comment: 'Pure parts import no HTTP, database, configuration or composition.',
      severity: 'error',
      from: { path: `^src/(${reine.join('|')})/`, pathNot: '\\.test\\.tsx?$' },
      to: {
        path: ['^src/(db|web)/', '^src/[^/]+\\.tsx?$', '^node_modules/(fastify|kysely|pg|@electric-sql)'],
      },
    },
    {
      name: 'keine-testhilfen-in-produktion',
      comment: 'Production code does not import tests or test helpers.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.tsx?$' },
      to: { path: ['\\.test\\.tsx?$', '^test/', '^e2e/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
