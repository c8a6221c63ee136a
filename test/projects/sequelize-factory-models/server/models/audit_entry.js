// History is kept in MongoDB; the factory receives the mongoose module.
module.exports = (mongoose) => {
  const schema = new mongoose.Schema({ deviceId: String, action: String, at: Date });
  return mongoose.model('AuditEntry', schema);
};
