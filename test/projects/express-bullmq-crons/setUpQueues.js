const { Queue } = require("bullmq");
const updateCharts = require("./crons/updateCharts");
const sendSnapshots = require("./crons/sendSnapshots");
const { rememberSeen } = require("./crons/seen");

const connection = { host: process.env.REDIS_HOST, port: 6379 };

// Made once at start-up and handed to the cron modules, which use it on every tick.
const setUpQueues = () => {
  const chartsQueue = new Queue("updateCharts", { connection });
  const snapshotsQueue = new Queue("sendSnapshots", { connection });
  updateCharts(chartsQueue);
  sendSnapshots.start(snapshotsQueue);
  rememberSeen(new Set(), ["a", "b"]);
};

module.exports = setUpQueues;
