const BaseModel = require('./base.js');

class FolderModel extends BaseModel {
  collectionName() {
    return 'folder';
  }

  fields() {
    return { name: String, projectId: Number };
  }

  list(projectId) {
    return this.model.find({ projectId }).exec();
  }
}

module.exports = FolderModel;
