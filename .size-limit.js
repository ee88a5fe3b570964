// Budgets per subpath. size-limit leaves peer dependencies out of a bundle by
// default; zod is a peer, so each entry bundles it back in (external: []):
// an entry that must stay free of zod then fails loudly if zod creeps in.
const withPeers = (config) => ({ ...config, external: [] });

const entry = (name, path, imports, limit) => ({
  name,
  path,
  import: imports,
  limit,
  modifyEsbuildConfig: withPeers,
});

export default [
  entry('tutynushy/core: TutynushyError', 'dist/core/index.js', '{ TutynushyError }', '300 B'),
  entry(
    'tutynushy/core: parseLocalDate (no zod)',
    'dist/core/index.js',
    '{ parseLocalDate }',
    '1 kB',
  ),
  entry(
    'tutynushy/core: LocalDateSchema (with zod)',
    'dist/core/index.js',
    '{ LocalDateSchema }',
    '25 kB',
  ),
];
