const express = require('express');
const articles = require('./routes/articles');
const tags = require('./routes/tags');

const app = express();
app.use(express.json());
app.use('/api', articles);
app.use('/api', tags);

app.listen(process.env.PORT || 3000);
