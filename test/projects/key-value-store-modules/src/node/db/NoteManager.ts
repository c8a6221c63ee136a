'use strict';
const db = require('./DB');

exports.removeNotes = async (noteIds: string[]) => {
  for (const noteId of noteIds) {
    await db.remove(`note:${noteId}`); // expect: perf-coach/no-n-plus-one
  }
};
