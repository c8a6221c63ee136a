module.exports = (sequelize, DataTypes) => {
  const room = sequelize.define(
    't_room',
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      name: { type: DataTypes.STRING, allowNull: false },
      selector: { type: DataTypes.STRING, unique: true },
    },
    {},
  );
  room.associate = (models) => {
    room.hasMany(models.Device, { foreignKey: 'room_id', as: 'devices' });
  };
  return room;
};
