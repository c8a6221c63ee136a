import { Model, mixin } from 'objection';
import { SoftDeleteMixin } from '../../models/mixins';

export default class Tag extends mixin(Model, [SoftDeleteMixin]) {
  static get tableName() {
    return 'tags';
  }
}
