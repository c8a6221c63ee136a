// A base whose method is abstract, and subclasses that do not define it either (or whose bases
// extend each other through renamed imports, as in broken code mid-edit): looking up the bases and
// down the subclasses must stop, not recurse.
import { CycleRepository as Other } from './cycle-b';

export class CycleRepository extends Other {}

export abstract class Channel {
  abstract send(id: string): Promise<void>;
}

export class QuietChannel extends Channel {}
