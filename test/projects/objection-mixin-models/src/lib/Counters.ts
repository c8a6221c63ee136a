import { Registry } from './EventedBase';

const Observed = (Base: any) => class extends Base {};

export class Counters extends Observed(Registry) {}
