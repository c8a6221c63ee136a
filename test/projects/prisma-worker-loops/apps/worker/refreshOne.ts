// Run by hand for one owner: `tsx refreshOne.ts <ownerId>`.
import { refreshOwnerLinks } from '@bookmarks/lib';

async function main() {
  await refreshOwnerLinks(Number(process.argv[2]));
}

void main();
