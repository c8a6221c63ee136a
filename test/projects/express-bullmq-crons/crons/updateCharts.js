const cron = require("node-cron");
const { Op } = require("sequelize");
const db = require("../models");

async function addChartsToQueue(charts, queue) {
  await Promise.all(charts.map((chart) => queue.add("updateChart", { id: chart.id }))); // expect: perf-coach/no-n-plus-one
}

async function addChartsInBulk(charts, queue) {
  await queue.addBulk(charts.map((chart) => ({ name: "updateChart", data: { id: chart.id } }))); // ok: one request for the whole list
}

// The queue comes from the module that requires this one: `updateCharts(chartsQueue)`.
module.exports = (queue) => {
  cron.schedule("* * * * *", async () => {
    const charts = await db.Chart.findAll({ where: { autoUpdate: { [Op.gt]: 0 } } });
    if (charts.length > 100) await addChartsInBulk(charts, queue);
    else await addChartsToQueue(charts, queue);
  });
};
