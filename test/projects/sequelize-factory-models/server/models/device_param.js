module.exports = function defineDeviceParam(sequelize, DataTypes) {
  return sequelize.define('t_device_param', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    device_id: { type: DataTypes.UUID, allowNull: false },
    name: { type: DataTypes.STRING, allowNull: false },
    value: { type: DataTypes.TEXT },
  });
};
