import { archiveLinks } from './workers/archiveLinks';
import { pollFeeds } from './workers/pollFeeds';
import { FeedIndexer } from './workers/feedIndexer';
import { connectWithRetry, drainDeletedUsers } from './workers/startup';

async function init() {
  await connectWithRetry();
  await drainDeletedUsers();
  archiveLinks(10);
  pollFeeds(60);
  new FeedIndexer().run();
}

init();
