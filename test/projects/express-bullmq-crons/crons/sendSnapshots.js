const cron = require("node-cron");
const db = require("../models");

async function addSnapshotToQueue(queue, projectId) {
  await queue.add("sendSnapshot", { id: projectId });
}

async function checkSnapshots(queue) {
  const projects = await db.Project.findAll();
  await Promise.all(
    projects.map(async (project) => {
      if (project.snapshotSchedule) await addSnapshotToQueue(queue, project.id); // expect: perf-coach/no-n-plus-one
    }),
  );
}

function start(queue) {
  cron.schedule("*/5 * * * *", () => checkSnapshots(queue));
}

module.exports = { start };
