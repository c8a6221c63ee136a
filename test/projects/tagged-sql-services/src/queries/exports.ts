// `sql` arrives as a parameter (typed `any`), as apps hand postgres.js's client to shared helpers.
async function childrenOf(sql: any, runId: string) {
  return sql`select * from runs where parent_id = ${runId}`;
}

// A condition for one filter: a part written into the query below, never sent alone.
function filterFor(sql: any, filter: { column: string; value: string }) {
  return sql`(${sql(filter.column)} = ${filter.value})`;
}

const and = (sql: any, parts: unknown[]) => parts.reduce((acc, part) => sql`${acc} and ${part}`);

export async function exportRuns({ sql, ids }: { sql: any; ids: string[] }) {
  const out = [];
  for (const id of ids) {
    out.push({ id, children: await childrenOf(sql, id) }); // expect: perf-coach/no-n-plus-one
  }
  return out;
}

export async function filteredRuns(sql: any, filters: Array<{ column: string; value: string }>) {
  const where = and(sql, filters.map((f) => filterFor(sql, f))); // ok: parts of one condition, folded into one
  return sql`select * from runs where ${where}`;
}
