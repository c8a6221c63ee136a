module.exports = {
  inputs: { values: { type: 'ref', required: true } },

  async fn(inputs) {
    const { values } = inputs;
    const cards = await Card.qm.getByListId(values.listId);
    const { position, repositions } = sails.helpers.utils.insertToPositionables(values.position, cards);

    for (const reposition of repositions) {
      await Card.qm.updateOne({ id: reposition.record.id }, { position: reposition.position }); // expect: perf-coach/no-n-plus-one
    }

    return Card.qm.createOne({ ...values, position });
  },
};
