import { prisma } from '../src/client';

const users = [
  { email: 'ada@example.com', name: 'Ada' },
  { email: 'linus@example.com', name: 'Linus' },
  { email: 'grace@example.com', name: 'Grace' },
];

async function main() {
  for (const user of users) {
    await prisma.user.upsert({ where: { email: user.email }, update: {}, create: user }); // ok: seed, runs once by hand
  }
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await prisma.$disconnect();
    process.exit(1);
  });
