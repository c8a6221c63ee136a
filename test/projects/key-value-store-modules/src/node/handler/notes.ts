'use strict';
import express from 'express';
const db = require('../db/DB');
const authorManager = require('../db/AuthorManager');
const noteManager = require('../db/NoteManager');
import { Note } from '../db/Note';

export const router = express.Router();

router.get('/notes/:id/authors', async (req, res) => {
  const note = await db.get(`note:${req.params.id}`);
  const authors = await Promise.all(
    Object.keys(note.authors).map((authorId) => authorManager.getAuthor(authorId)), // expect: perf-coach/no-n-plus-one
  );
  res.json(authors);
});

router.delete('/notes/:id', async (req, res) => {
  const revisionKeys = await db.findKeys(`note:${req.params.id}:revs:*`, null);
  for (const key of revisionKeys) {
    await db.remove(key); // expect: perf-coach/no-n-plus-one
  }
  await db.remove(`note:${req.params.id}`);
  res.sendStatus(204);
});

router.get('/notes/:id/colors', async (req, res) => {
  const note = await db.get(`note:${req.params.id}`);
  const colors = await Promise.all(
    Object.keys(note.authors).map((authorId) => db.getSub(`author:${authorId}`, ['color'])), // expect: perf-coach/no-n-plus-one
  );
  res.json(colors);
});

router.get('/notes/:id/history', async (req, res) => {
  const note = new Note(req.params.id);
  const meta = await db.get(`note:${req.params.id}`);
  const dates = [];
  for (const rev of Object.keys(meta.revisions)) {
    dates.push(await note.getRevisionDate(rev)); // expect: perf-coach/no-n-plus-one
  }
  res.json(dates);
});

router.post('/notes/remove', async (req, res) => {
  await noteManager.removeNotes(req.body.ids);
  res.sendStatus(204);
});

router.get('/palette', (req, res) => {
  // ok: a color per palette slot, computed in memory
  res.json([0, 1, 2, 3].map((i) => authorManager.paletteColor(i)));
});

router.post('/notes/:id/copy', async (req, res) => {
  // ok: one record, its fields read with one getSub
  const [title, head] = await Promise.all([db.getSub(`note:${req.params.id}`, ['title']), db.getSub(`note:${req.params.id}`, ['head'])]);
  res.json({ title, head });
});
