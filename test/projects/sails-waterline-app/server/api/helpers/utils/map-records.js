module.exports = {
  sync: true,
  inputs: { records: { type: 'ref', required: true }, attribute: { type: 'string', defaultsTo: 'id' } },
  fn(inputs) {
    return inputs.records.map((record) => record[inputs.attribute]);
  },
};
