import BotResponses from './responses.model';

export const createResponses = async (projectId, newResponses) => Promise.all(
    newResponses.map(response => BotResponses.updateOne({ projectId, key: response.key }, response, { upsert: true })), // expect: perf-coach/no-n-plus-one
);

// Look-alike: one bulkWrite for every response.
export const createResponsesBatched = async (projectId, newResponses) => BotResponses.bulkWrite(
    newResponses.map(response => ({ updateOne: { filter: { projectId, key: response.key }, update: response, upsert: true } })),
);
