'use strict';
const db = require('./DB');

const palette = ['#ffc7c7', '#fff1c7', '#e3ffc7', '#c7ffd5'];

exports.getAuthor = async (authorId: string) => await db.get(`author:${authorId}`);

exports.getColor = async (authorId: string) => await db.getSub(`author:${authorId}`, ['color']);

exports.addNote = async (authorId: string, noteId: string) => {
  const author = await db.get(`author:${authorId}`);
  author.notes[noteId] = 1;
  await db.set(`author:${authorId}`, author);
};

exports.paletteColor = (index: number) => palette[index % palette.length];
