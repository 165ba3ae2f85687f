// `npm start`: everything a fresh machine needs, then the built app on http://localhost:4173.
// `npm start -- --setup-only` stops after the set-up (dependencies, source data, app data).
import { ensureData, ensureDependencies, run } from './lib/setup.mjs';

ensureDependencies();
ensureData();
if (process.argv.includes('--setup-only')) {
  console.log('\nSet-up complete: public/data is built.');
  process.exit(0);
}
run('npx', ['vite', 'build', '--logLevel', 'warn']);
const port = process.env.PORT ?? '4173';
console.log(`\nLondon District Mapper: open http://localhost:${port}/ (Ctrl+C stops it)`);
run('npx', ['vite', 'preview', '--port', port, '--strictPort']);
