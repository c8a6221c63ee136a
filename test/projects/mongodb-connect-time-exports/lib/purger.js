'use strict';

// Made once by the worker, with the handlers it shares.
class Purger {
    constructor(options) {
        this.messageHandler = options.messageHandler;
        this.flags = options.flags;
    }

    async purge(messages) {
        for (const message of messages) {
            await this.messageHandler.del(message); // expect: perf-coach/no-n-plus-one
            this.flags.clear(message._id); // ok: in memory
        }
    }
}

module.exports = { Purger };
