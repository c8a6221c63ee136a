'use strict';

const express = require('express');
const dashboard = require('../controllers/admin/dashboard');

const router = express.Router();
router.get('/admin/sessions', dashboard.sessions);

module.exports = router;
