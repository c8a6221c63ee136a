const express = require('express');
const { User, Profile, Setting } = require('../models');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const users = await User.findAll({ where: { active: true }, order: [['createdAt', 'DESC']], limit: 100 });
    const profiles = await Promise.all(
      users.map((user) => Profile.findOne({ where: { userId: user.id } })), // expect: perf-coach/no-n-plus-one
    );
    res.json(users.map((u, i) => ({ ...u.toJSON(), profile: profiles[i] })));
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const user = await User.findByPk(req.params.id, { attributes: { exclude: ['passwordHash'] } });
    const settings = await Setting.findAll({ where: { scope: 'global' } }); // expect: perf-coach/no-sequential-await
    if (!user) return res.sendStatus(404);
    res.json({ user, settings });
  } catch (err) {
    next(err);
  }
});

router.patch('/:id', async (req, res, next) => {
  try {
    const user = await User.findByPk(req.params.id);
    if (!user) return res.sendStatus(404);
    await user.update({ displayName: req.body.displayName, locale: req.body.locale });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
