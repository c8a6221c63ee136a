/** Pure formatting: a name of the project's own that sends nothing. */
export const formatRoleHeading = (role: { name: string }) => `Role: ${role.name}`;

export function describeRoleLabel(role: { name: string }) {
  return role.name.toUpperCase();
}
