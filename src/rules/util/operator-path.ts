import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite } from '../../analysis/model';
import { entryOf } from './request-frequency';

/*
 * An endpoint only the team's operators use: an admin or moderation route (`pages/api/admin/…`,
 * `pages/api/mod/…`, `GET /admin/users`, `admin.controller.ts`), a backfill or maintenance endpoint.
 * It runs when a person on the team asks for it. Read by hand on real backends, every log line,
 * blocking file read, sequential await and per-call client the four smaller rules found there was
 * debatable: nobody waits on it but the operator. (`no-n-plus-one` keeps reporting there: a per-item
 * query over a whole table is slow for the operator too.)
 */

const OPERATOR_SEGMENT = /(^|[\\/])(admin|admins|superadmin|mod|mods|moderator|moderation|backoffice|backfills?|maintenance)([\\/]|$)/i;
const OPERATOR_FILE = /(^|[\\/])(admin|superadmin|moderation|backfill)([-._][\w.-]*)?\.[cm]?[jt]sx?$/i;
/** `POST /admin/users` in an entry's label, as request paths name their route. */
const OPERATOR_ROUTE = /`[A-Z]+ \/(?:[\w:.-]+\/)*(admin|superadmin|mod|moderator|moderation|backfill|maintenance)(\/|`)/i;

/** An entry point (its label and module) that only operators call. */
function isOperatorEntry(entry: string, file: string): boolean {
  return OPERATOR_ROUTE.test(entry) || OPERATOR_SEGMENT.test(dirOf(file)) || OPERATOR_FILE.test(file);
}

/** The call runs on an operator's endpoint: its own module's request path, or the entry another module's caller is reached from. */
export function onOperatorPath(analysis: FileAnalysis, site: CallSite): boolean {
  const entry = entryOf(analysis, site);
  return !!entry && isOperatorEntry(entry.label, entry.file);
}

function dirOf(file: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash < 0 ? '' : file.slice(0, slash + 1);
}
