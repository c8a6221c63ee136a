// A test double: defines the same names as the real query modules, and must not hide them.
export const mockQueries = {
  roles: {
    findRoleById: async (id: string) => ({ id, name: 'admin' }),
    findRolesByRoleIds: async (ids: string[]) => ids.map((id) => ({ id, name: 'admin' })),
  },
};
