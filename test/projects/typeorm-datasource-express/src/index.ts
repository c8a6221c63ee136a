import express, { type Request, type Response } from 'express';
import { AppDataSource } from './data-source';
import { Routes } from './routes';

AppDataSource.initialize()
  .then(() => {
    const app = express();
    app.use(express.json());
    Routes.forEach((route) => {
      (app as any)[route.method](route.route, (req: Request, res: Response, next: Function) => {
        const result = new (route.controller as any)()[route.action](req, res, next);
        Promise.resolve(result).then((r) => (r !== undefined ? res.json(r) : undefined));
      });
    });
    app.listen(3000);
  })
  .catch((error) => console.error(error));
