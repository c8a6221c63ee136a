import { Invoice } from './Invoice';
import LineItem from './LineItem';
import Customer from './Customer';

Invoice.hasMany(LineItem, { foreignKey: 'invoiceId', as: 'lines' });
Invoice.belongsTo(Customer, { foreignKey: 'customerId', as: 'customer' });

export { Invoice } from './Invoice';
export { default as LineItem } from './LineItem';
export { default as Customer } from './Customer';
export * from './Currency';
export { sequelize } from '../db/sequelize';
