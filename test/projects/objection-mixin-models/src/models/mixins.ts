// Mixins: each takes a model class and hands back a subclass of it.
export const SearchableMixin = (Base: any) =>
  class extends Base {
    static searchColumns(): string[] {
      return ['name'];
    }
  };

export const SoftDeleteMixin = (Base: any) =>
  class extends Base {
    static get deletedColumn() {
      return 'deleted_at';
    }
  };
