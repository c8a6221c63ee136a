'use strict';

const pino = require('pino');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

const logger = pino({ level: process.env.LOG_LEVEL || 'info' }, pino.destination({ sync: true })); // expect: perf-coach/no-sync-logging
const s3 = new S3Client({});

exports.handler = async (event) => {
  const { bucket, day } = event;
  const sales = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `sales/${day}.json` }));
  const refunds = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `refunds/${day}.json` })); // expect: perf-coach/no-sequential-await
  const [salesRows, refundRows] = (
    await Promise.all([sales.Body.transformToString(), refunds.Body.transformToString()])
  ).map((text) => JSON.parse(text));
  const gross = salesRows.reduce((sum, row) => sum + row.amountCents, 0);
  const refunded = refundRows.reduce((sum, row) => sum + row.amountCents, 0);
  logger.info({ day, gross, refunded }, 'daily report computed');
  return { day, grossCents: gross, refundedCents: refunded, netCents: gross - refunded };
};
