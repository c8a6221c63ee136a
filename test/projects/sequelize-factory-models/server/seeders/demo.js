// Run by hand once: `node server/seeders/demo.js`.
const db = require('../models');

const ROOMS = ['Living room', 'Kitchen', 'Bedroom'];

async function seed() {
  for (const name of ROOMS) {
    await db.Room.create({ name, selector: db.normalizeSelector(name) }); // ok: a seed, run once by hand
  }
}

seed().then(() => db.sequelize.close());
