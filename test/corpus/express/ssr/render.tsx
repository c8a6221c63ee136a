import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router-dom/server';
import { App } from '../../client/App';

const app = express();
const distDir = path.resolve(__dirname, '../../dist/client');

app.use('/assets', express.static(path.join(distDir, 'assets'), { maxAge: '1y', immutable: true }));

app.get('*', (req, res) => {
  const template = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8'); // expect: perf-coach/no-blocking-io
  const markup = renderToString(
    <StaticRouter location={req.url}>
      <App />
    </StaticRouter>,
  );
  res.status(200).set('Content-Type', 'text/html').send(template.replace('<!--app-html-->', markup));
});

export default app;
