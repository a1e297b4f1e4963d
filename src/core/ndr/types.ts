/** What the recognizer returns. Pure data: serializable as JSON, as printed by `ndr-assist explain --json`. */

/** Ids of the troubleshooting playbooks (see src/core/playbooks). The knowledge data may only name these. */
export const PLAYBOOK_IDS = [
  'smtp-auth',
  'send-as',
  'relay-connector',
  'client-tls',
  'destination-tls',
  'banned-sender',
  'tenant-blocked',
  'sending-limits',
  'unknown-recipient',
  'mailbox-full',
  'recipient-throttled',
  'routing-loop',
  'delivery-timeout',
  'recipient-restricted',
  'sender-authentication',
  'message-format',
  'general',
] as const;

export type PlaybookId = (typeof PLAYBOOK_IDS)[number];

export function isPlaybookId(value: unknown): value is PlaybookId {
  return typeof value === 'string' && (PLAYBOOK_IDS as readonly string[]).includes(value);
}

/** Where in the input a finding came from; decides how much it counts as the primary failure. */
export type EvidenceSource =
  | 'dsn-status' // Status: field of a message/delivery-status part
  | 'dsn-diagnostic' // Diagnostic-Code: field
  | 'remote-server' // "Remote server returned ..." / Exchange diagnostic block
  | 'smtp-reply' // an SMTP reply line in a client log ("535 5.7.139 ...")
  | 'transcript' // a reply quoted in an MTA's session transcript (the DSN fields say it better)
  | 'text' // anywhere in a human-readable body or a paste
  | 'phrase' // a known server phrase without a code next to it
  | 'original-message'; // the returned original message / headers (incidental)

export interface Finding {
  /** RFC 3463 enhanced status code, normalized ("5.7.139"), or null when only a reply code or phrase was seen. */
  status: string | null;
  /** SMTP reply code ("535"), or null. */
  reply: string | null;
  /** Id of the recognized server-response variant (see knowledge/variants.json), or null. */
  variant: string | null;
  /** Id of the playbook the bot would open, or null. */
  playbook: PlaybookId | null;
  /** The exact line or fragment the finding came from (trimmed, at most 500 characters). */
  evidence: string;
  source: EvidenceSource;
  /** Catalogue title of the status code, when known (English, for logs and the CLI). */
  title: string | null;
  /** Internal ranking score; the primary finding has the highest. */
  score: number;
}

/** Fields read from the NDR around the findings. */
export interface NdrDetails {
  recipients: string[];
  sender: string | null;
  subject: string | null;
  /** The server that generated the report ("Generating server", "Reporting-MTA"). */
  reportingServer: string | null;
  /** The server that rejected the message ("Remote-MTA", "Remote server"). */
  remoteServer: string | null;
  /** Exchange/DSN diagnostic fields by their label, e.g. "Remote server returned", "Diagnostic-Code", "Status". */
  diagnostics: Record<string, string>;
}

export type InputKind = 'empty' | 'code' | 'text' | 'html' | 'mime' | 'binary';

export interface Recognition {
  kind: InputKind;
  /** Primary finding first; empty when nothing was recognized. */
  findings: Finding[];
  details: NdrDetails;
  /** Notes about the input itself (truncated, binary content skipped...). Message keys, not prose. */
  notes: string[];
}
