import { rebuildStats } from '~/services/stats';

(async function () {
  const rows = JSON.parse(process.argv[2] ?? '[]');
  await rebuildStats(rows);
})();
