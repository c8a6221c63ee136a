import { Channel } from './cycle-a';

export class LoudChannel extends Channel {}
