exports.up = async function up(knex) {
  await knex.schema.alterTable('articles', (t) => t.string('slug'));
  const rows = await knex('articles').select('id', 'title');
  for (const row of rows) {
    await knex('articles').where({ id: row.id }).update({ slug: row.title.toLowerCase().replace(/\W+/g, '-') }); // ok: migration, runs once
  }
};

exports.down = async function down(knex) {
  await knex.schema.alterTable('articles', (t) => t.dropColumn('slug'));
};
