const BaseModel = require('./base.js');

class EndpointModel extends BaseModel {
  collectionName() {
    return 'endpoint';
  }

  fields() {
    return { title: String, path: String, method: String, folderId: Number, position: Number };
  }

  get(id) {
    return this.model.findOne({ _id: id }).exec();
  }

  listByFolder(folderId) {
    return this.model.find({ folderId }).sort({ position: 1 }).exec();
  }

  listByFolders(folderIds) {
    return this.model.find({ folderId: { $in: folderIds } }).exec();
  }

  setPosition(id, position) {
    // Mongoose 5's `Model.update`, as apps that never upgraded still call it.
    return this.model.update({ _id: id }, { position });
  }

  removeByFolder(folderId) {
    return this.model.remove({ folderId });
  }

  countInFolder(folderId) {
    return this.model.count({ folderId });
  }

  label(doc) {
    return `${doc.method.toUpperCase()} ${doc.path}`;
  }
}

module.exports = EndpointModel;
