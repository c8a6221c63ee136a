export * from './src/prisma-client';
export * from './src/services/organization.service';
