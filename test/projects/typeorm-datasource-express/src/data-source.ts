import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Photo } from './entity/Photo';
import { User } from './entity/User';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  synchronize: false,
  logging: false,
  entities: [User, Photo],
  migrations: ['src/migration/*.ts'],
});
