import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite } from '../../analysis/model';

/**
 * Whether a call outside any loop runs on every request, as far as the code shows: in a handler
 * (a registered route, a `(req, res)` function, a controller or resolver method), in a helper of
 * the same file it calls, or one call away in another module. Deeper chains, and service exports
 * only assumed to serve requests, run on some requests (an admin action, a PDF download, a job):
 * a single cheap blocking call there is a hint, not a finding worth fixing.
 */
export function runsOnEveryRequest(analysis: FileAnalysis, site: CallSite): boolean {
  const reason = analysis.requestPathOf(site.fn);
  if (reason) return !reason.assumed;
  const reach = analysis.reachOf(site.fn);
  return reach?.kind === 'hot' && !reach.assumed && reach.via.length <= 1;
}
