// trap: perf-coach/no-n-plus-one — a migration runs once, offline; row-by-row updates are acceptable here
// trap: perf-coach/no-sequential-await — schema changes and the backfill must run in order
const slugify = require('slugify');

exports.up = async function up(knex) {
  await knex.schema.alterTable('posts', (t) => {
    t.string('slug', 160).nullable().unique();
  });
  const posts = await knex('posts').select('id', 'title').whereNull('slug');
  for (const post of posts) {
    await knex('posts')
      .where({ id: post.id })
      .update({ slug: `${slugify(post.title, { lower: true, strict: true })}-${post.id}` });
  }
  await knex.schema.alterTable('posts', (t) => {
    t.string('slug', 160).notNullable().alter();
  });
};

exports.down = async function down(knex) {
  await knex.schema.alterTable('posts', (t) => {
    t.dropColumn('slug');
  });
};
