// The client is generated next to the schema (`output = "./__generated__"`), so a checkout has no
// file at that path until `prisma generate` runs.
import { PrismaClient } from './__generated__';

const baseClient = new PrismaClient();

const prisma = baseClient.$extends({
  query: {
    user: {
      async findFirst({ args, query }) {
        return query({ ...args, where: { ...args.where } });
      },
    },
  },
});

export default prisma;
