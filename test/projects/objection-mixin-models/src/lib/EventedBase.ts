// A plain class (no database) that a mixin is applied to: calls on it are not queries.
export class Registry {
  static entries = new Map<string, number>();

  static remember(key: string, value: number) {
    this.entries.set(key, value);
  }
}
