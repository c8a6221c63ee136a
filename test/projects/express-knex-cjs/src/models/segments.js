// Segments of a mailing list. The transaction handle comes in untyped from the caller's module
// (`db.transaction(async (tx) => …)` in routes/lists.js); its statements still read as Knex's.
async function pruneRulesByColumnTx(tx, listId, column) {
  const segments = await tx('segments').where({ list_id: listId });
  for (const segment of segments) {
    const settings = JSON.parse(segment.settings);
    settings.rules = settings.rules.filter((rule) => rule.column !== column);
    await tx('segments').where({ list_id: listId, id: segment.id }).update('settings', JSON.stringify(settings)); // expect: perf-coach/no-n-plus-one
  }
  // ok: one statement for every segment of the list
  await tx('segments').where({ list_id: listId }).update('updated_at', new Date());
}

function markup(rows) {
  const $ = (selector) => ({ first: () => selector, select: () => selector });
  return rows.map((row) => $(`#row-${row.id}`).first()); // ok: a jQuery-like wrapper, not a table
}

module.exports = { pruneRulesByColumnTx, markup };

// A handle handed in and called with a string, whose result is not awaited: a hash, not a statement.
function fingerprints(hasher, segments) {
  return segments.map((segment) => hasher('sha256').update(segment.settings).digest('hex')); // ok: hashing in memory
}

module.exports.fingerprints = fingerprints;
