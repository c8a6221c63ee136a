import { describe, expect, it } from 'vitest';

// A test stands in for the query modules with functions of the same names.
const findRoleById = async (id: string) => ({ id, name: 'admin' });
const deleteUserRoleByRoleId = async () => undefined;

describe('user roles', () => {
  it('finds a role', async () => {
    expect(await findRoleById('1')).toEqual({ id: '1', name: 'admin' });
    expect(await deleteUserRoleByRoleId()).toBeUndefined();
  });
});
