module.exports = () => ({
  dialect: 'postgres',
  host: process.env.DB_HOST || 'localhost',
  logging: false,
});
