import knex from 'knex';

const db = knex({ client: 'pg' });

/** Builds select expressions: `knex.raw` fragments kept for a builder, never sent on their own. */
export function columnsFor(fields: Array<{ name: string; alias?: string }>) {
  return fields.map((field) => {
    let column;
    if (field.alias) column = db.raw('?? as ??', [field.name, field.alias]); // ok: a fragment for a select
    else column = field.name;
    return column;
  });
}
