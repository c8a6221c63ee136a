import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/prisma';

async function deactivateUsers(formData: FormData) {
  'use server';
  const ids = formData.getAll('userId').map(String);
  console.info('deactivating users', ids); // expect: perf-coach/no-sync-logging
  await Promise.all(ids.map((id) => prisma.user.update({ where: { id }, data: { active: false } }))); // expect: perf-coach/no-n-plus-one
  revalidatePath('/admin/users');
}

export default async function AdminUsersPage() {
  const users = await prisma.user.findMany({ where: { active: true }, orderBy: { createdAt: 'desc' }, take: 100 });
  return (
    <form action={deactivateUsers}>
      <table>
        <thead>
          <tr>
            <th />
            <th>Name</th>
            <th>Email</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <input type="checkbox" name="userId" value={user.id} />
              </td>
              <td>{user.name}</td>
              <td>{user.email}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit">Deactivate selected</button>
    </form>
  );
}
