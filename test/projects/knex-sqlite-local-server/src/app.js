const express = require('express');
const tags = require('./routes/tags');

const app = express();
app.use(express.json());
app.use(tags);
app.listen(3000);
