// Actions an administrator wires to buttons: each runs per click, on the server.
import type { Request, Response } from 'express';
import Table from '../models/table.js';

export async function syncTable(req: Request, res: Response) {
  const source = Table.findOne({ name: req.body.source })!;
  const dest = Table.findOne(req.body.dest)!;
  const [sourceRows, destRows] = await Promise.all([source.getRows({}), dest.getRows({})]);
  const known = new Set(destRows.map((r) => r.id));
  for (const row of sourceRows) {
    if (known.has(row.id)) await dest.updateRow(row, row.id as number); // expect: perf-coach/no-n-plus-one
    else await dest.insertRow(row); // expect: perf-coach/no-n-plus-one
  }
  res.json({ ok: true });
}

export async function copyRows(req: Request, res: Response) {
  const source = Table.findOne({ name: req.body.source })!;
  const dest = Table.findOne({ name: req.body.dest })!;
  const rows = await source.getRows({});
  await dest.insertRows(rows); // ok: one statement for all the rows
  for (const name of req.body.tables) Table.findOne(name); // ok: findOne answers from the tables loaded at start-up
  res.json({ copied: rows.length });
}
