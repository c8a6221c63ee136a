const db = require('../models');
const { seatLabel } = require('../services/tickets');

exports.upcomingWithCounts = async (req, res) => {
  const events = await db.Event.findAll({ where: { startsAt: { [db.Sequelize.Op.gt]: new Date() } } });
  const result = await Promise.all(
    events.map(async (e) => ({ id: e.id, title: e.title, sold: await db.Ticket.count({ where: { eventId: e.id } }) })), // expect: perf-coach/no-n-plus-one
  );
  res.json(result);
};

exports.upcomingWithTickets = async (req, res) => {
  const events = await db.Event.findAll({ include: [db.Ticket] }); // ok: one query with a join
  res.json(events.map((e) => ({ id: e.id, seats: e.Tickets.map(seatLabel) }))); // ok: formatting in memory
};

exports.ticketsByIds = async (req, res) => {
  const tickets = [];
  for (const id of req.body.ids) {
    tickets.push(await db.Ticket.findByPk(id)); // expect: perf-coach/no-n-plus-one
  }
  res.json(tickets);
};

exports.ticketsByIdsBatched = async (req, res) => {
  res.json(await db.Ticket.findAll({ where: { id: { [db.Sequelize.Op.in]: req.body.ids } } })); // ok: one IN query
};
