const fs = require('fs');
const path = require('path');

module.exports = function defineQueryMethodsHook(sails) {
  return {
    async initialize() {
      sails.after('hook:orm:loaded', () => {
        for (const filename of fs.readdirSync(path.join(__dirname, 'models'))) {
          const Model = sails.models[path.parse(filename).name.toLowerCase()];
          Object.assign(Model, { qm: require(path.join(__dirname, 'models', filename)) });
        }
      });
    },
  };
};
