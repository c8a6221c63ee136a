import type { FileAnalysis } from '../../analysis/file-analysis';
import type { CallSite } from '../../analysis/model';
import { entryOf } from './request-frequency';

/*
 * An endpoint only the team's operators use: an admin or moderation route (`pages/api/admin/…`,
 * `pages/api/mod/…`, `GET /admin/users`, `admin.controller.ts`, `adminRoute.ts`, a tRPC procedure on an
 * `adminProcedure`), a backfill or maintenance endpoint.
 * It runs when a person on the team asks for it. A health probe (`GET /health`, `health.service.ts`)
 * is alike: the orchestrator calls it every few seconds whatever the traffic, and nobody waits on it.
 * Read by hand on real backends, every log line, blocking file read, sequential await and per-call
 * client the four smaller rules found there was debatable: nobody waits on it but the operator.
 * (`no-n-plus-one` keeps reporting there: a per-item query over a whole table is slow for the
 * operator too.)
 */

const OPERATOR_SEGMENT = /(^|[\\/])(admin|admins|superadmin|mod|mods|moderator|moderation|backoffice|backfills?|maintenance|health|healthz|healthcheck|health-check)([\\/]|$)/i;
const OPERATOR_FILE = /(^|[\\/])(admin|superadmin|moderation|backfill|health|healthz|healthcheck|health-check)([-._][\w.-]*)?\.[cm]?[jt]sx?$/i;
/** `adminRoute.ts`, `AdminController.js`: the same words run together with the next one. */
const OPERATOR_FILE_CAMEL = /(^|[\\/])([Aa]dmin|[Ss]uper[Aa]dmin|[Mm]oderation|[Bb]ackfill)[A-Z]\w*\.[cm]?[jt]sx?$/;
/** A tRPC procedure built on an operators-only base (`adminProcedure.mutation(…)`, `adminRoleProtectedRoute.query(…)`), as request paths name it. */
const OPERATOR_PROCEDURE = /^tRPC \w+ \(`(?:admin|superAdmin|moderator)\w*`\)/i;
/** `POST /admin/users` in an entry's label, as request paths name their route. */
const OPERATOR_ROUTE = /`[A-Z]+ \/(?:[\w:.-]+\/)*(admin|superadmin|mod|moderator|moderation|backfill|maintenance|health|healthz|healthcheck|health-check)(\/|`)/i;

/** An entry point (its label and module) that only operators call. */
function isOperatorEntry(entry: string, file: string): boolean {
  return OPERATOR_ROUTE.test(entry) || OPERATOR_PROCEDURE.test(entry) || OPERATOR_SEGMENT.test(dirOf(file)) || OPERATOR_FILE.test(file) || OPERATOR_FILE_CAMEL.test(file);
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
