module.exports = {
  inputs: { listIds: { type: 'json', required: true } },

  async fn(inputs) {
    // ok: one statement for every list
    await List.update({ id: inputs.listIds }).set({ position: null });
    return Card.destroy({ listId: inputs.listIds }).fetch();
  },
};
