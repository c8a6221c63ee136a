import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { linksRoute } from './routes/links';
import { searchRoute } from './routes/search';
import { usersRoute } from './routes/users';

const app = new Hono();
app.route('/', linksRoute);
app.route('/', usersRoute);
app.route('/', searchRoute);

serve({ fetch: app.fetch, port: 3000 });
