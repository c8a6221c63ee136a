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
