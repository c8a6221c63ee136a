interface Row { id: string; views: number }

function totals(rows: Row[]) {
  let sum = 0;
  for (const row of rows) {
    console.log('counting', row.id, row.views); // ok: only the rebuild script reaches it, through rebuildStats
    sum += row.views;
  }
  return sum;
}

// Exported from a services module, but only the maintenance script in src/scripts calls it.
export const rebuildStats = async (rows: Row[]) => {
  for (const row of rows) {
    console.log('rebuilding', JSON.stringify(row)); // ok: a progress line of a one-off script, not a request path
  }
  return totals(rows);
};

// Called by a route handler: a log line per item of the request's list.
export const recordViews = async (rows: Row[]) => {
  for (const row of rows) {
    console.log('view', JSON.stringify(row)); // expect: perf-coach/no-sync-logging
  }
  return rows.length;
};
