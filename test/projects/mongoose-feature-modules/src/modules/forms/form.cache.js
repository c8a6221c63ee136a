// A CommonJS module of form.io's shape: models reached through a registry the router hands in
// (`router.formio.resources.form.model`), and debug loggers kept in an object whose members share
// their names with the module's own methods.
const debug = {
  loadForm: require('debug')('forms:cache:loadForm'),
  loadSubForms: require('debug')('forms:cache:loadSubForms'),
};

module.exports = function (router) {
  const cache = {
    async loadForm(id) {
      return router.formio.resources.form.model.findOne({ _id: id }).lean().exec();
    },
    async loadSubForms(revisions) {
      return Promise.all(revisions.map(async (rev) => {
        debug.loadSubForms(`revision ${rev.id}`); // ok: a debug logger, not the method of the same name
        return router.formio.resources.formrevision.model.findOne({ revisionId: rev.id }).lean().exec(); // expect: perf-coach/no-n-plus-one
      }));
    },
  };
  router.get('/form/:id/subforms', async (req, res) => {
    const form = await cache.loadForm(req.params.id);
    res.json(await cache.loadSubForms(form.revisions));
  });
  return cache;
};
