import prisma from '@acme/prisma';
import { sendMail } from '../mail';

export default async function sendOnboarding() {
  const users = await prisma.user.findMany({ where: { NOT: { onboardingEmailsSent: { has: 'welcome' } } } });
  for (const user of users) {
    await sendMail(user.email, 'welcome');
    await prisma.user.update({ where: { id: user.id }, data: { onboardingEmailsSent: { push: 'welcome' } } }); // expect: perf-coach/no-n-plus-one
  }
  // ok: one statement for every user
  await prisma.user.updateMany({ where: { id: { in: users.map((u) => u.id) } }, data: { onboardingEmailsSent: { push: 'checked' } } });
}
