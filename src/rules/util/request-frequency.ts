import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite } from '../../analysis/model';
import type { Reach } from '../../analysis/project-view';

/**
 * Whether a call outside any loop runs on every request, as far as the code shows: in a handler
 * (a registered route, a `(req, res)` function, a controller or resolver method), in a helper of
 * the same file it calls, or one call away in another module. Deeper chains, injectable services
 * and service exports only assumed to serve requests run on some requests, or at start-up (an
 * admin action, a PDF download, a job, a template read by a constructor): a single cheap blocking
 * call there is a hint, not a finding worth fixing.
 */
export function runsOnEveryRequest(analysis: FileAnalysis, site: CallSite): boolean {
  const reason = analysis.requestPathOf(site.fn);
  if (reason && !reason.assumed && !reason.service) return true;
  // A service's method: what its callers in other modules are (a controller calling it directly).
  const reach = reason ? callersReach(analysis, site) : analysis.reachOf(site.fn);
  return reach?.kind === 'hot' && !reach.assumed && !reach.service && reach.via.length <= 1;
}

function callersReach(analysis: FileAnalysis, site: CallSite): Reach | undefined {
  const owner = analysis.ownerOf(site.fn);
  if (!owner) return undefined;
  // A handler of this file that calls it directly.
  for (const caller of analysis.callersOf(owner)) {
    const reason = analysis.requestPathOf(analysis.ownerOf(caller.fn));
    if (reason && !reason.assumed && !reason.service) return { kind: 'hot', entry: reason.label, file: analysis.relativePath, line: reason.line, via: [] };
  }
  const project = analysis.file.project;
  if (!owner.name || !owner.exported || !project) return undefined;
  const elsewhere = project.reachOf(analysis.file.filename, owner.cls?.name ? `${owner.cls.name}.${owner.name}` : owner.name);
  return elsewhere === 'no-callers' ? undefined : elsewhere;
}

/**
 * `cron job \`process-transitions\` at \`0 0 * * *\``: an entry point a schedule runs at a fixed minute of
 * the hour (hourly at most), as request paths name cron jobs. A log line per item there is written a few
 * times a day, not on a path anyone waits on.
 */
export function onInfrequentSchedule(analysis: FileAnalysis, site: CallSite): boolean {
  const entry = entryOf(analysis, site);
  const schedule = entry && /cron job (?:`[^`]*` )?at `([^`]+)`/.exec(entry.label)?.[1];
  if (!schedule) return false;
  const fields = schedule.trim().split(/\s+/);
  // Five fields (minute first) or six (seconds first): the minute must be fixed numbers (`0`, `15,45`).
  const minute = fields.length === 6 ? fields[1] : fields[0];
  const second = fields.length === 6 ? fields[0] : '0';
  return /^\d+(,\d+)*$/.test(minute ?? '') && /^\d+(,\d+)*$/.test(second);
}

/**
 * The entry point a call runs under, as the messages name it: its own module's request path (with
 * this module), or the entry another module's caller is reached from (with that module).
 */
export function entryOf(analysis: FileAnalysis, site: CallSite): { label: string; file: string } | undefined {
  const reason = analysis.requestPathOf(site.fn);
  if (reason) return { label: reason.label, file: analysis.relativePath };
  const reach = analysis.reachOfCall(site);
  return reach?.kind === 'hot' ? { label: reach.entry, file: reach.file } : undefined;
}
