module.exports = {
  inputs: { listId: { type: 'string', required: true }, cards: { type: 'json', required: true } },

  async fn(inputs) {
    const created = [];
    for (const values of inputs.cards) {
      created.push(await sails.helpers.cards.createOne.with({ values: { ...values, listId: inputs.listId } })); // expect: perf-coach/no-n-plus-one
    }
    // ok: one insert for every card
    await Card.createEach(inputs.cards.map((c) => ({ ...c, listId: inputs.listId })));
    return { items: created };
  },
};
