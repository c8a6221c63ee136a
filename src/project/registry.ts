import { optionsKey, type AnalysisOptions } from '../analysis/options';
import { DiskFiles, OverlayFiles } from './files';
import { nativeParts } from './native';
import { ProjectModel } from './project-model';
import { createResolver } from './resolver';

/**
 * One project model per project root and analysis options, per process (an ESLint run, one of
 * its `--concurrency` threads, oxlint's JS host, an editor worker). Each builds what it needs
 * lazily from the files, so every process reaches the same answers on its own.
 */
const models = new Map<string, ProjectModel>();
const overlays = new Map<string, OverlayFiles>();
const disk = new DiskFiles();

/** Off with `PERF_COACH_PROJECT=0` (the benchmark's "without the model" runs), or where the native parts are missing. */
export function projectFor(root: string | undefined, options: AnalysisOptions): ProjectModel | undefined {
  if (!root || (typeof process !== 'undefined' && process.env?.PERF_COACH_PROJECT === '0')) return undefined;
  // One file linted, or one editor request: files read from here on are checked against the disk again.
  disk.newPass();
  const key = `${root}\0${optionsKey(options)}`;
  let model = models.get(key);
  if (!model) {
    const native = nativeParts();
    if (!native) return undefined;
    model = new ProjectModel(root, overlayFor(root), createResolver(root, native.resolver), native, options);
    models.set(key, model);
    if (process.env?.PERF_COACH_DEBUG === 'project') {
      const m = model;
      process.on('exit', () => console.error(`perf-coach project model ${root}: ${JSON.stringify(m.stats)}`));
    }
  }
  return model;
}

/** The files of `root` with the editor's open buffers laid over the disk. */
export function overlayFor(root: string): OverlayFiles {
  let o = overlays.get(root);
  if (!o) {
    o = new OverlayFiles(disk);
    overlays.set(root, o);
  }
  return o;
}
