const Database = require('../lib/Database');

exports.capacities = async (req, res) => {
  const venues = [];
  for (const venueId of req.body.venueIds) {
    venues.push(await Database.venueModel.getWithCapacity(venueId)); // expect: perf-coach/no-n-plus-one
  }
  res.json(venues);
};

exports.capacitiesBatched = async (req, res) => {
  res.json(await Database.venueModel.getAllWithCapacity(req.body.venueIds)); // ok: one query for the list
};
