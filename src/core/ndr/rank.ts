import type { VariantEntry } from './knowledge';
import type { CodeLookup } from './lookup';
import type { EvidenceSource, Finding, NdrDetails } from './types';

/** An occurrence after variant matching, ready to be ranked. */
export interface Candidate {
  status: string | null;
  reply: string | null;
  variant: VariantEntry | undefined;
  source: EvidenceSource;
  evidence: string;
  /** True when the status was not in the text but implied by the variant's phrase. */
  inferred: boolean;
  /** Input order (segment, offset), for stable tie-breaks. */
  order: number;
}

const SOURCE_WEIGHT: Record<EvidenceSource, number> = {
  'dsn-diagnostic': 55,
  'dsn-status': 72,
  'remote-server': 50,
  'smtp-reply': 45,
  transcript: 35,
  text: 25,
  phrase: 20,
  'original-message': 5,
};

/** How strongly one occurrence says "this is the failure". */
export function scoreCandidate(candidate: Candidate, lookup: CodeLookup): number {
  let score = SOURCE_WEIGHT[candidate.source];
  const { status } = candidate;
  if (candidate.inferred) {
    score -= 30;
  } else if (status) {
    if (candidate.reply) score += 15;
    // A normalized status is "c.s.d" with a one-digit subject: class at 0, subject at 2, detail from 4.
    if (status.charCodeAt(0) === 50) score -= 60;
    const subject = status.charCodeAt(2);
    const detail = status.slice(4);
    if (subject === 48 && detail === '0') score -= 30;
    // "Message expired" wraps the real reason (4.4.1, 4.4.2, 4.7.1...) when one is quoted.
    if (subject === 52 && detail === '7') score -= 15;
    if (lookup.code(status)) score += 8;
  }
  // A reply code alone ("550 Bad SPF records") ranks below any enhanced status code.
  if (!status) score -= 40;
  if (candidate.variant) score += 5 + Math.round(candidate.variant.priority / 20);
  return score;
}

const MAX_FINDINGS = 20;
const MAX_EVIDENCE = 500;

/** Groups candidates by code, keeps the best evidence of each, and orders findings primary first. */
export function rankFindings(candidates: readonly Candidate[], lookup: CodeLookup): Finding[] {
  interface Group {
    best: Candidate;
    bestScore: number;
    count: number;
    reply: string | null;
    variant: VariantEntry | undefined;
  }
  const groups = new Map<string, Group>();
  for (const candidate of candidates) {
    const key =
      candidate.status ??
      (candidate.reply ? `reply:${candidate.reply}` : `variant:${candidate.variant?.id ?? ''}`);
    const score = scoreCandidate(candidate, lookup);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        best: candidate,
        bestScore: score,
        count: 1,
        reply: candidate.reply,
        variant: candidate.variant,
      });
      continue;
    }
    group.count += 1;
    if (score > group.bestScore) {
      group.best = candidate;
      group.bestScore = score;
    }
    group.reply ??= candidate.reply;
    if (candidate.variant && (!group.variant || candidate.variant.priority > group.variant.priority)) {
      group.variant = candidate.variant;
    }
  }

  const statusReplies = new Set<string>();
  for (const [key, group] of groups)
    if (!key.startsWith('reply:') && group.reply) statusReplies.add(group.reply);

  const ranked: { finding: Finding; order: number }[] = [];
  for (const [key, group] of groups) {
    // "535" alone is already explained by "535 5.7.139" elsewhere in the same input.
    if (key.startsWith('reply:') && group.reply && statusReplies.has(group.reply)) continue;
    const status = group.best.status;
    const entry = status ? lookup.code(status) : undefined;
    ranked.push({
      finding: {
        status,
        reply: group.reply,
        variant: group.variant?.id ?? null,
        playbook: lookup.playbookFor(status, group.reply, group.variant),
        evidence:
          group.best.evidence.length > MAX_EVIDENCE
            ? `${group.best.evidence.slice(0, MAX_EVIDENCE - 1)}…`
            : group.best.evidence,
        source: group.best.source,
        title: entry?.title ?? group.variant?.description ?? null,
        score: group.bestScore + Math.min(5, group.count - 1),
      },
      order: group.best.order,
    });
  }
  ranked.sort((a, b) => b.finding.score - a.finding.score || a.order - b.order);
  const findings = ranked.map((entry) => entry.finding);
  adoptLoneReply(findings);
  dropRedundantPhrases(findings);
  return findings.length > MAX_FINDINGS ? findings.slice(0, MAX_FINDINGS) : findings;
}

/** A bare app message ("Could not authenticate") adds nothing when a server reply of the same family was found. */
function dropRedundantPhrases(findings: Finding[]): void {
  for (let i = findings.length - 1; i > 0; i -= 1) {
    const finding = findings[i]!;
    if (finding.status !== null || finding.reply !== null) continue;
    if (findings.some((other, j) => j < i && other.playbook === finding.playbook && other.status !== null)) {
      findings.splice(i, 1);
    }
  }
}

/**
 * A DSN often gives "Status: 5.0.0" and the server's "550 ..." reply on the next line without an enhanced code:
 * the primary finding takes that reply instead of listing it separately.
 */
function adoptLoneReply(findings: Finding[]): void {
  const primary = findings[0];
  if (!primary || primary.status === null || primary.reply !== null) return;
  const loneIndex = findings.findIndex(
    (finding) => finding.status === null && finding.reply !== null && finding.variant === null,
  );
  if (loneIndex <= 0) return;
  primary.reply = findings[loneIndex]!.reply;
  findings.splice(loneIndex, 1);
}

/** A reply code standing alone in a diagnostic ("smtp; 550 Bad SPF records", "5.3.0 - problem 550-'Unknown user'"). */
const DIAGNOSTIC_REPLY = /(?:^|[\s;'"(])([245]\d\d)(?=[ -]|$)/;

/**
 * A DSN's `Status: 5.0.0` often comes with the server's reply only in its `Diagnostic-Code` ("smtp; 550 DMARC check
 * failed"): the primary finding read from the DSN takes that reply when it has none.
 */
export function adoptDiagnosticReply(findings: Finding[], details: NdrDetails): void {
  const primary = findings[0];
  if (!primary || primary.reply !== null) return;
  if (primary.source !== 'dsn-status' && primary.source !== 'dsn-diagnostic') return;
  const diagnostic = details.diagnostics['Diagnostic-Code'];
  const reply = diagnostic ? DIAGNOSTIC_REPLY.exec(diagnostic)?.[1] : undefined;
  if (reply) primary.reply = reply;
}
