import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db/sequelize';

export class Invoice extends Model {
  declare id: number;
  declare customerId: number;
  declare status: string;
  declare totalCents: number;
  declare currency: string;
}

Invoice.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    customerId: { type: DataTypes.INTEGER, allowNull: false },
    status: { type: DataTypes.STRING, allowNull: false, defaultValue: 'draft' },
    totalCents: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    currency: { type: DataTypes.STRING(3), allowNull: false },
  },
  { sequelize, tableName: 'invoices' },
);
