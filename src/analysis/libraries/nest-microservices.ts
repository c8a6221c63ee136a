import type { LibraryTable } from './types';

/**
 * NestJS microservices: a `ClientProxy` (`@Inject('USERS') private client: ClientProxy`) sends a
 * message to another service over its transport (TCP, Redis, NATS, Kafka…) and waits for the
 * `@MessagePattern` handler's reply: `client.send('get_user', { id })`, an Observable the caller
 * turns into a promise. Its handler usually queries, so one per item is an N+1. `emit` publishes an
 * event and waits for no reply.
 */
export const nestMicroservices: LibraryTable = {
  id: 'nest-microservices',
  name: '@nestjs/microservices',
  modules: ['@nestjs/microservices'],
  kind: 'service-call',
  queryMethods: ['send'],
  typeNames: ['ClientProxy', 'ClientKafka', 'ClientRMQ', 'ClientRedis', 'ClientNats', 'ClientTCP', 'ClientMqtt'],
};
