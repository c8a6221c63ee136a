import { DataTypes } from 'sequelize';
import { sequelize } from '../db/sequelize';

const Customer = sequelize.define(
  'Customer',
  {
    name: { type: DataTypes.STRING, allowNull: false },
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    currency: { type: DataTypes.STRING(3), allowNull: false },
  },
  { tableName: 'customers' },
);

export default Customer;
