module.exports = {
  tableName: 'list',
  attributes: {
    name: { type: 'string', required: true },
    position: { type: 'number' },
    cards: { collection: 'Card', via: 'listId' },
  },
};
