// Works out new positions in memory: no query.
module.exports = {
  sync: true,
  inputs: { position: { type: 'number', required: true }, records: { type: 'ref', required: true } },
  fn(inputs) {
    const repositions = [];
    let position = inputs.position;
    for (const record of inputs.records) {
      if (record.position >= position) {
        position += 65536;
        repositions.push({ record, position });
      }
    }
    return { position: inputs.position, repositions };
  },
};
