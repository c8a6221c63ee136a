// Types for shingles.mjs (plain JS so scripts/fingerprint-sources.mjs can run it under Node).
export declare const RUN_WORDS: number;
export declare function words(text: string): string[];
export declare function hashRun(run: string): string;
export declare function shingleHashes(ws: string[], n?: number): Generator<string>;
