const { Room } = require('../../models');

/** Renames rooms from a map of id to new name. */
async function renameRooms(names) {
  await Promise.all(Object.entries(names).map(([id, name]) => Room.update({ name }, { where: { id } }))); // expect: perf-coach/no-n-plus-one
}

module.exports = { renameRooms };
