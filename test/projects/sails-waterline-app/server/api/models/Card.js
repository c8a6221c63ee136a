/**
 * Card.js: a Sails model. Sails hands it to every module as the global `Card`.
 */
module.exports = {
  tableName: 'card',
  attributes: {
    name: { type: 'string', required: true },
    position: { type: 'number', allowNull: true },
    listId: { model: 'List', required: true, columnName: 'list_id' },
  },
};
