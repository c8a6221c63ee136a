import { CycleRepository, QuietChannel } from '../../../../libs/dal/src/repositories/cycle-a';

const repo = new CycleRepository();
const channel = new QuietChannel();

export async function touchAll(ids: string[]) {
  await Promise.all(ids.map((id) => channel.send(id))); // ok: no class defines `send` with a body
  return Promise.all(ids.map((id) => repo.touch(id))); // ok: no class in the loop of bases defines `touch`
}
