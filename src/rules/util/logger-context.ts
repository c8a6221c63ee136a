import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite, FunctionInfo } from '../../analysis/model';

// `log`, `audit`, `log_error`, `logRequest`, `writeAuditLog`, `requestLogger`; not `login`, `writeReport`, `catalog`.
const LOGGER_NAME = /(^|[^a-z])(log|logger|logs|logging|audit|trace)([^a-z]|$)|^log[A-Z]|Log(s|ger|ging)?$/;
const WRITE_CALLS = new Set(['appendFileSync', 'writeFileSync', 'writeSync', 'outputFileSync']);

/**
 * A synchronous write inside a logging function (`function log(msg) { fs.appendFileSync(...) }`)
 * is a logging problem: no-sync-logging reports it and no-blocking-io stays quiet, so each call
 * site has one finding.
 */
export function loggerAround(analysis: FileAnalysis, site: CallSite): string | undefined {
  const effect = analysis.effectOf(site);
  if (effect?.kind !== 'blocking' || !WRITE_CALLS.has(effect.name)) return undefined;
  for (let f: FunctionInfo | undefined = site.fn; f; f = f.parent) {
    if (f.name && LOGGER_NAME.test(f.name)) return f.cls?.name ? `${f.cls.name}.${f.name}` : f.name;
    if (f.cls?.name && /Log(ger)?$/.test(f.cls.name)) return `${f.cls.name}.${f.name ?? 'method'}`;
  }
  return undefined;
}
