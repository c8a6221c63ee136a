const { Sequelize, DataTypes } = require("sequelize");

const sequelize = new Sequelize(process.env.DATABASE_URL);

const Chart = sequelize.define("Chart", { name: DataTypes.STRING, autoUpdate: DataTypes.INTEGER });
const Project = sequelize.define("Project", { snapshotSchedule: DataTypes.JSON });

module.exports = { Chart, Project };
