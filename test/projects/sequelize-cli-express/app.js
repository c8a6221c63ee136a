const express = require('express');
const events = require('./controllers/events');
const seating = require('./controllers/seating');
const venues = require('./controllers/venues');

const app = express();
app.use(express.json());
app.get('/events/upcoming', events.upcomingWithCounts);
app.get('/events/upcoming/tickets', events.upcomingWithTickets);
app.post('/tickets/lookup', events.ticketsByIds);
app.post('/tickets/lookup-batched', events.ticketsByIdsBatched);
app.post('/events/:id/seats/reorder', seating.reorderSeats);
app.post('/events/:id/seats/release', seating.releaseSeats);
app.get('/events/:id/fingerprint', seating.fingerprint);
app.post('/venues/capacities', venues.capacities);
app.post('/venues/capacities-batched', venues.capacitiesBatched);

app.listen(process.env.PORT || 3000);
