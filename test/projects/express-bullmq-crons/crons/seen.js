// Handed a Set by its caller, not a client: `add` keeps the ids in memory.
function rememberSeen(seen, ids) {
  for (const id of ids) seen.add(id); // ok: a Set in memory, handed in by the caller
  return seen;
}

module.exports = { rememberSeen };
