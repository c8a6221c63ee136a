import type { LibraryTable } from './types';

/** fs `*Sync` calls with a promise twin in `fs.promises` (used for suggestions). */
const fsWithPromiseTwin: Record<string, string> = {
  readFileSync: 'readFile',
  writeFileSync: 'writeFile',
  appendFileSync: 'appendFile',
  statSync: 'stat',
  lstatSync: 'lstat',
  readdirSync: 'readdir',
  mkdirSync: 'mkdir',
  mkdtempSync: 'mkdtemp',
  rmSync: 'rm',
  rmdirSync: 'rmdir',
  unlinkSync: 'unlink',
  renameSync: 'rename',
  copyFileSync: 'copyFile',
  cpSync: 'cp',
  accessSync: 'access',
  readlinkSync: 'readlink',
  realpathSync: 'realpath',
  symlinkSync: 'symlink',
  chmodSync: 'chmod',
  chownSync: 'chown',
  truncateSync: 'truncate',
  utimesSync: 'utimes',
  linkSync: 'link',
  opendirSync: 'opendir',
};

export const fs: LibraryTable = {
  id: 'fs',
  name: 'node:fs',
  modules: ['fs', 'node:fs', 'fs-extra', 'graceful-fs'],
  kind: 'fs',
  blockingExports: [
    ...Object.keys(fsWithPromiseTwin),
    'existsSync', 'fstatSync', 'openSync', 'closeSync', 'readSync', 'writeSync', 'fsyncSync', 'fdatasyncSync', 'ftruncateSync', 'readvSync', 'writevSync',
    // fs-extra
    'readJsonSync', 'writeJsonSync', 'outputFileSync', 'outputJsonSync', 'ensureDirSync', 'ensureFileSync', 'pathExistsSync', 'copySync', 'moveSync', 'removeSync', 'emptyDirSync',
  ],
  asyncEquivalents: fsWithPromiseTwin,
};

export const childProcess: LibraryTable = {
  id: 'child_process',
  name: 'node:child_process',
  modules: ['child_process', 'node:child_process'],
  kind: 'child-process',
  blockingExports: ['execSync', 'execFileSync', 'spawnSync'],
};

export const crypto: LibraryTable = {
  id: 'crypto',
  name: 'node:crypto',
  modules: ['crypto', 'node:crypto'],
  kind: 'crypto',
  // Key derivation and key generation take tens to hundreds of milliseconds of CPU by design.
  blockingExports: ['pbkdf2Sync', 'scryptSync', 'generateKeyPairSync', 'generateKeySync', 'generatePrimeSync'],
  promisifiable: { pbkdf2Sync: 'pbkdf2', scryptSync: 'scrypt' },
};

export const zlib: LibraryTable = {
  id: 'zlib',
  name: 'node:zlib',
  modules: ['zlib', 'node:zlib'],
  kind: 'zlib',
  blockingExports: ['gzipSync', 'gunzipSync', 'deflateSync', 'inflateSync', 'deflateRawSync', 'inflateRawSync', 'unzipSync', 'brotliCompressSync', 'brotliDecompressSync', 'zstdCompressSync', 'zstdDecompressSync'],
  promisifiable: {
    gzipSync: 'gzip', gunzipSync: 'gunzip', deflateSync: 'deflate', inflateSync: 'inflate', deflateRawSync: 'deflateRaw', inflateRawSync: 'inflateRaw', unzipSync: 'unzip',
    brotliCompressSync: 'brotliCompress', brotliDecompressSync: 'brotliDecompress', zstdCompressSync: 'zstdCompress', zstdDecompressSync: 'zstdDecompress',
  },
};

export const bcrypt: LibraryTable = {
  id: 'bcrypt',
  name: 'bcrypt',
  modules: ['bcrypt', 'bcryptjs'],
  kind: 'password-hash',
  blockingExports: ['hashSync', 'compareSync', 'genSaltSync'],
  asyncEquivalents: { hashSync: 'hash', compareSync: 'compare', genSaltSync: 'genSalt' },
};
