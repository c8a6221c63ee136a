const crypto = require('crypto');
const db = require('../models');

// `req.event` is loaded by a middleware with its tickets included: rows the controller did not read itself.
exports.reorderSeats = async (req, res) => {
  const tickets = req.event.Tickets;
  for (let i = 0; i < tickets.length; i++) {
    if (tickets[i].position !== i + 1) {
      await tickets[i].update({ position: i + 1 }); // expect: perf-coach/no-n-plus-one
    }
  }
  res.json({ ok: true });
};

// `for (const [index, ticket] of list.entries())`: the second half of each pair is the row.
exports.renumberSeats = async (req, res) => {
  const tickets = await req.event.getTickets({ order: [['position', 'ASC']] });
  for (const [index, ticket] of tickets.entries()) {
    if (ticket.position !== index + 1) await ticket.update({ position: index + 1 }); // expect: perf-coach/no-n-plus-one
  }
  res.json({ ok: true });
};

exports.releaseSeats = async (req, res) => {
  await Promise.all(req.event.Tickets.filter((t) => t.expired).map((ticket) => ticket.destroy())); // expect: perf-coach/no-n-plus-one
  await db.Ticket.update({ position: null }, { where: { eventId: req.event.id, expired: true } }); // ok: one UPDATE for the set
  res.json({ ok: true });
};

exports.fingerprint = async (req, res) => {
  const hash = crypto.createHash('sha256');
  for (const ticket of req.event.Tickets) hash.update(String(ticket.id)); // ok: a hash in memory, not a row
  const progress = req.app.locals.progress;
  for (const step of progress.steps) step.update(1); // ok: not a row's update (no fields object)
  for (const socket of req.app.locals.sockets) socket.destroy(); // ok: a socket, not a row
  res.json({ digest: hash.digest('hex') });
};
