const { getUser } = require('../../src/data/users');

exports.seed = async function seed(knex) {
  const names = ['ada', 'linus', 'grace'];
  for (const username of names) {
    await knex('users').insert({ username, email: `${username}@example.com` }); // ok: seed
  }
  for (const id of [1, 2, 3]) {
    await getUser(id); // ok: seed, checks the rows it wrote
  }
};
