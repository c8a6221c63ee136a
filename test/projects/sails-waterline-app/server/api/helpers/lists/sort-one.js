module.exports = {
  inputs: { record: { type: 'ref', required: true } },

  async fn(inputs) {
    const cards = await Card.find({ listId: inputs.record.id }).sort('name');
    const ids = sails.helpers.utils.mapRecords(cards); // ok: a helper that maps records in memory

    await Promise.all(
      cards.map((card, index) => Card.updateOne(card.id).set({ position: 65536 * (index + 1) })), // expect: perf-coach/no-n-plus-one
    );

    return ids;
  },
};
