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
