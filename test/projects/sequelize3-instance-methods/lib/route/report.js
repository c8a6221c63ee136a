'use strict';

const express = require('express');
const async = require('async');
const Promise = require('bluebird');
const settingsStore = require('../model/settings_store');

const router = express.Router();

// The company's users come with the session, as rows of the User model.
router.get('/report/leaves', async (req, res) => {
  const users = req.user.company.users;
  const rows = [];
  for (const user of users) {
    const schedule = await user.promise_schedule_for_user(); // expect: perf-coach/no-n-plus-one
    const leaves = await user.promise_my_leaves_in_range({ from: req.query.from }); // expect: perf-coach/no-n-plus-one
    rows.push({ name: user.full_name_for_display(), days: user.count_days_in_leaves(leaves), schedule }); // ok: formats in memory
  }
  res.json(rows);
});

router.get('/report/schedules', (req, res) => {
  const out = {};
  async.eachOfSeries(req.user.company.users, (user, index, next) => {
    user.promise_schedule_for_user().then((s) => { // expect: perf-coach/no-n-plus-one
      out[user.id] = s;
      next();
    }, next);
  }, () => res.json(out));
});

router.get('/report/companies', async (req, res) => {
  const out = [];
  for (const user of req.user.company.users) {
    const company = await user.getCompany(); // expect: perf-coach/no-n-plus-one
    const approved = await user.promise_approved_leaves_list(); // expect: perf-coach/no-n-plus-one
    const settings = await settingsStore.promise_company_settings_list(); // ok: the store's own cache, shared by every user
    out.push({ company: company.name, name: user.getDataValue('name'), approved, settings }); // ok: reads the row's own field
  }
  res.json(out);
});

router.get('/report/names', (req, res) => {
  Promise.map(req.user.company.users, (user) => user.full_name_for_display()).then((names) => res.json(names)); // ok: formats in memory
});

module.exports = router;
