'use strict';

// In memory: which messages a task already touched in this run.
class FlagCache {
    constructor() {
        this.seen = new Map();
    }

    mark(id) {
        this.seen.set(String(id), Date.now());
    }

    clear(id) {
        this.seen.delete(String(id));
    }
}

module.exports = FlagCache;
