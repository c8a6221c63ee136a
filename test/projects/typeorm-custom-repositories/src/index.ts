import 'reflect-metadata';
import express from 'express';
import { createConnection } from 'typeorm';
import { router } from './routes/posts';

createConnection().then(() => {
  const app = express();
  app.use(express.json());
  app.use(router);
  app.listen(3000);
});
