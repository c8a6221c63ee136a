// trap: perf-coach/no-n-plus-one — seed data inserted per category
// trap: perf-coach/no-sync-logging — seed output
// trap: perf-coach/no-sequential-await — deletes and inserts in a seed must run in order
import type { Knex } from 'knex';
import { faker } from '@faker-js/faker';

const CATEGORY_NAMES = ['Books', 'Games', 'Music', 'Garden'];

export async function seed(knex: Knex): Promise<void> {
  await knex('products').del();
  await knex('categories').del();

  const categories: { id: number; name: string }[] = await knex('categories')
    .insert(CATEGORY_NAMES.map((name) => ({ name, slug: name.toLowerCase() })))
    .returning(['id', 'name']);

  for (const category of categories) {
    const rows = Array.from({ length: 25 }, () => ({
      category_id: category.id,
      name: faker.commerce.productName(),
      price_cents: faker.number.int({ min: 199, max: 9999 }),
    }));
    await knex('products').insert(rows);
    console.log(`seeded ${rows.length} products in ${category.name}`);
  }
}
