const { Ticket, sequelize } = require('../models');

async function issue(eventId, holders) {
  return sequelize.transaction(async (t) => {
    const out = [];
    for (const holder of holders) {
      out.push(await Ticket.create({ eventId, holder }, { transaction: t })); // expect: perf-coach/no-n-plus-one
    }
    return out;
  });
}

function seatLabel(ticket) {
  return ticket.seat ? `Seat ${ticket.seat}` : 'Standing';
}

module.exports = { issue, seatLabel };
