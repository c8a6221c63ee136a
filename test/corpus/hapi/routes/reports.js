'use strict';

const { MongoClient } = require('mongodb');
const { execSync } = require('child_process');
const os = require('os');
const path = require('path');
const fs = require('fs/promises');

module.exports = {
  method: 'GET',
  path: '/reports/{id}/pdf',
  options: { auth: 'session' },
  handler: async (request, h) => {
    const client = new MongoClient(process.env.MONGO_URL); // expect: perf-coach/prefer-connection-pool
    try {
      await client.connect();
      const report = await client.db('reports').collection('reports').findOne({ slug: request.params.id });
      if (!report) {
        return h.response({ message: 'not found' }).code(404);
      }
      const htmlPath = path.join(os.tmpdir(), `${report.slug}.html`);
      await fs.writeFile(htmlPath, report.html);
      const pdf = execSync(`wkhtmltopdf --quiet ${htmlPath} -`, { maxBuffer: 20 * 1024 * 1024 }); // expect: perf-coach/no-blocking-io
      return h.response(pdf).type('application/pdf');
    } finally {
      await client.close();
    }
  },
};
