import { CycleRepository as Other } from './cycle-a';

export class CycleRepository extends Other {}
