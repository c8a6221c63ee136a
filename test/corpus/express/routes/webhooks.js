const express = require('express');
const http = require('http');
const axios = require('axios');
const { Subscription } = require('../models');
const logger = require('../lib/logger');

const router = express.Router();

router.post('/events', async (req, res, next) => {
  try {
    const event = req.body;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 }); // expect: perf-coach/prefer-connection-pool
    const subscriptions = await Subscription.findAll({ where: { eventType: event.type, active: true } });
    subscriptions.forEach((sub) => {
      axios.post(sub.url, event, { httpAgent: agent, timeout: 5000 }) // expect: perf-coach/no-n-plus-one
        .catch((err) => logger.warn({ err, url: sub.url }, 'webhook delivery failed'));
    });
    res.status(202).json({ queued: subscriptions.length });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
