import { createReadStream, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { CloudWatchLogsDecodedData, CloudWatchLogsEvent } from 'aws-lambda';

const s3 = new S3Client({});

export const handler = async (event: CloudWatchLogsEvent) => {
  const payload: CloudWatchLogsDecodedData = JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8')); // expect: perf-coach/no-blocking-io
  const lines = payload.logEvents.map((e) =>
    JSON.stringify({ ts: e.timestamp, group: payload.logGroup, stream: payload.logStream, message: e.message }),
  );
  const file = `/tmp/${payload.logStream.replace(/\W/g, '_')}-${Date.now()}.ndjson`;
  writeFileSync(file, lines.join('\n')); // expect: perf-coach/no-blocking-io
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.ARCHIVE_BUCKET,
      Key: `logs/${payload.logGroup.replace(/^\//, '')}/${Date.now()}.ndjson`,
      Body: createReadStream(file),
    }),
  );
  return { archived: lines.length };
};
