// Query methods hung on the model at start-up (`Card.qm`), so that every query on cards is written once.
const getByListId = (listId) => Card.find({ listId }).sort(['position', 'id']);

const getByIds = (ids) => Card.find({ id: ids });

const createOne = (values) => Card.create({ ...values }).fetch();

const updateOne = (criteria, values) => Card.updateOne(criteria).set({ ...values });

module.exports = { getByListId, getByIds, createOne, updateOne };
