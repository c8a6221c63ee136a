import express from 'express';
import routes from '@app/routes';
import { sequelize } from '@app/models';

async function start() {
  await sequelize.authenticate();
  const app = express();
  app.use(express.json());
  app.use(routes);
  app.listen(3000);
}

start();
