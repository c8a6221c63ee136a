const { Kafka } = require('kafkajs');
const mysql = require('mysql2/promise');

const kafka = new Kafka({ clientId: 'order-projector', brokers: (process.env.KAFKA_BROKERS || 'localhost:9092').split(',') });
const consumer = kafka.consumer({ groupId: 'order-projector' });

async function run() {
  await consumer.connect();
  await consumer.subscribe({ topics: ['orders.v1'], fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const event = JSON.parse(message.value.toString());
      console.log(`p${partition} offset ${message.offset}: ${event.type}`); // expect: perf-coach/no-sync-logging
      const conn = await mysql.createConnection({ uri: process.env.PROJECTION_DB_URL }); // expect: perf-coach/prefer-connection-pool
      try {
        await conn.execute(
          `INSERT INTO order_projection (order_id, status, updated_at) VALUES (?, ?, NOW())
           ON DUPLICATE KEY UPDATE status = VALUES(status), updated_at = NOW()`,
          [event.orderId, event.status],
        );
      } finally {
        await conn.end();
      }
    },
  });
}

run().catch((err) => {
  console.error('consumer crashed', err);
  process.exit(1);
});
