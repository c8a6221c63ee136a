// Run by hand: `tsx scripts/archive-once.ts`
import { archiveStaleMembers } from '../src/jobs/archiveMembers.job';

archiveStaleMembers().catch(console.error);
