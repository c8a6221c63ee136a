import { DataTypes, Model } from 'sequelize';
import { sequelize } from '../db/sequelize';

export class Currency extends Model {
  declare code: string;
  declare rateToEur: number;
}

Currency.init(
  {
    code: { type: DataTypes.STRING(3), primaryKey: true },
    rateToEur: { type: DataTypes.DECIMAL(12, 6), allowNull: false },
  },
  { sequelize, tableName: 'currencies' },
);
