const express = require('express');
const events = require('./controllers/events');

const app = express();
app.use(express.json());
app.get('/events/upcoming', events.upcomingWithCounts);
app.get('/events/upcoming/tickets', events.upcomingWithTickets);
app.post('/tickets/lookup', events.ticketsByIds);
app.post('/tickets/lookup-batched', events.ticketsByIdsBatched);

app.listen(process.env.PORT || 3000);
