import type { LibraryTable } from './types';

/** AWS SDK v3: every service client sends requests with `client.send(command)`. */
export const awsSdk: LibraryTable = {
  id: 'aws-sdk',
  name: 'AWS SDK',
  modules: [],
  modulePrefixes: ['@aws-sdk/client-', '@aws-sdk/lib-'],
  kind: 'http-client',
  queryMethods: ['send'],
  readMethods: ['send'],
  // Each client holds its own keep-alive agent and credential cache: one per process, not per call.
  factories: [{ export: '*Client', creates: 'pool' }],
  conventionalNames: /^(s3|s3Client|dynamo|dynamoDb|ddb|ddbDocClient|docClient|sqs|sns|lambdaClient)$/,
};

/**
 * AWS SDK v2 (`aws-sdk`): a service object per service (`new AWS.S3()`, `new AWS.DynamoDB.DocumentClient()`,
 * `new SQS()` from `aws-sdk/clients/sqs`) whose methods each send one request (`.promise()` waits for it).
 * DynamoDB's batched forms are `batchGet`/`batchWrite` (`batchGetItem`/`batchWriteItem`), SQS's `sendMessageBatch`.
 */
export const awsSdkV2: LibraryTable = {
  id: 'aws-sdk-v2',
  name: 'AWS SDK v2',
  modules: ['aws-sdk'],
  modulePrefixes: ['aws-sdk/clients/'],
  kind: 'http-client',
  queryMethods: [
    // DynamoDB.DocumentClient and DynamoDB
    'get', 'put', 'update', 'delete', 'query', 'scan', 'batchGet', 'batchWrite', 'transactGet', 'transactWrite',
    'getItem', 'putItem', 'updateItem', 'deleteItem', 'batchGetItem', 'batchWriteItem',
    // S3, SQS, SNS, Lambda, SES
    'getObject', 'putObject', 'deleteObject', 'deleteObjects', 'headObject', 'copyObject', 'upload', 'listObjectsV2',
    'sendMessage', 'sendMessageBatch', 'deleteMessage', 'receiveMessage', 'publish', 'invoke', 'sendEmail', 'sendRawEmail',
  ],
  readMethods: ['get', 'query', 'scan', 'batchGet', 'transactGet', 'getItem', 'batchGetItem', 'getObject', 'headObject', 'listObjectsV2', 'receiveMessage'],
  // Each service object keeps its own agent and credentials: one per process, not per call.
  // (`aws-sdk/clients/sqs` exports its service as the module itself: `default`.)
  factories: ['default', 'S3', 'DynamoDB', 'DocumentClient', 'SQS', 'SNS', 'Lambda', 'SES', 'Kinesis', 'Firehose', 'CloudWatch', 'SecretsManager', 'SSM'].map((name) => ({ export: name, creates: 'pool' as const })),
};

/**
 * MinIO's client (`new Client({ endPoint })` from `minio`), used for S3 and S3-compatible stores: each
 * object call is one HTTP request. `removeObjects` deletes a list in one request (up to 1,000 keys).
 * Presigning (`presignedGetObject`) computes a URL locally once the bucket's region is known: no request.
 */
export const minio: LibraryTable = {
  id: 'minio',
  name: 'MinIO',
  modules: ['minio'],
  kind: 'http-client',
  queryMethods: ['getObject', 'fGetObject', 'getPartialObject', 'putObject', 'fPutObject', 'copyObject', 'statObject', 'removeObject', 'removeObjects', 'listObjects', 'listObjectsV2', 'bucketExists', 'getObjectTagging', 'setObjectTagging'],
  readMethods: ['getObject', 'fGetObject', 'getPartialObject', 'statObject', 'listObjects', 'listObjectsV2', 'bucketExists', 'getObjectTagging'],
  batchMethods: ['removeObjects'],
  factories: [{ export: 'Client', creates: 'pool' }],
  conventionalNames: /^minio(Client)?$/,
};
