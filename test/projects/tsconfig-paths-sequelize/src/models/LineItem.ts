import { DataTypes, Model, type InferAttributes, type InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize';

export default class LineItem extends Model<InferAttributes<LineItem>, InferCreationAttributes<LineItem>> {
  declare id: number;
  declare invoiceId: number;
  declare amountCents: number;

  static associate() {
    // associations are wired in models/index.ts
  }
}

LineItem.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    invoiceId: { type: DataTypes.INTEGER, allowNull: false },
    amountCents: { type: DataTypes.INTEGER, allowNull: false },
  },
  { sequelize, tableName: 'line_items' },
);
