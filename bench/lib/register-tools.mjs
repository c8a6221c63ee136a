// Loaded with `node --import` in each benchmark child (see measure.mjs).
import { register } from 'node:module';

register('./resolve-hook.mjs', import.meta.url);
