module.exports = (sequelize, DataTypes) =>
  sequelize.define('t_device', {
    id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
    room_id: { type: DataTypes.UUID },
    name: { type: DataTypes.STRING, allowNull: false },
    selector: { type: DataTypes.STRING, unique: true },
  });
