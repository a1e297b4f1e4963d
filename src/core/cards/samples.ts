import type { EvidenceSource, Finding, NdrDetails, PlaybookId } from '../ndr/types';

/** A representative finding and NDR details for one playbook: used by the `cards` CLI and the golden files. */
export interface CardSample {
  finding: Finding;
  details: NdrDetails;
}

interface SampleSeed {
  reply: string | null;
  status: string | null;
  variant?: string;
  evidence: string;
  source?: EvidenceSource;
  title?: string;
}

// Evidence lines are typical server replies, written for these samples (addresses use reserved example domains).
const SEEDS: Readonly<Record<PlaybookId, SampleSeed>> = {
  'smtp-auth': {
    reply: '535',
    status: '5.7.139',
    variant: 'smtp-auth.disabled-tenant',
    evidence: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    source: 'smtp-reply',
    title: 'Authentication unsuccessful',
  },
  'send-as': {
    reply: '554',
    status: '5.2.252',
    evidence:
      '554 5.2.252 SendAsDenied; scanner@contoso.example not allowed to send as reception@contoso.example',
  },
  'relay-connector': {
    reply: '550',
    status: '5.7.64',
    evidence: '550 5.7.64 TenantAttribution; Relay Access Denied',
  },
  'client-tls': {
    reply: '421',
    status: '4.7.66',
    variant: 'client-tls.tls-version',
    evidence:
      '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.',
    source: 'smtp-reply',
  },
  'destination-tls': {
    reply: '451',
    status: '4.7.323',
    evidence: '451 4.7.323 tlsa-invalid: The domain failed DANE validation',
  },
  'banned-sender': {
    reply: '550',
    status: '5.1.8',
    evidence: '550 5.1.8 Access denied, bad outbound sender',
  },
  'tenant-blocked': {
    reply: '550',
    status: '5.7.705',
    evidence: '550 5.7.705 Access denied, tenant has exceeded threshold',
  },
  'sending-limits': {
    reply: '554',
    status: '5.2.0',
    evidence: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException',
  },
  'unknown-recipient': {
    reply: '550',
    status: '5.1.1',
    evidence: "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found: 'j.doe@fabrikam.example'",
  },
  'mailbox-full': {
    reply: '552',
    status: '5.2.2',
    evidence: '552 5.2.2 STOREDRV.Deliver; recipient mailbox is full',
  },
  'recipient-throttled': {
    reply: '432',
    status: '4.3.2',
    evidence: '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
  },
  'routing-loop': {
    reply: '554',
    status: '5.4.14',
    evidence: '554 5.4.14 Hop count exceeded - possible mail loop',
  },
  'delivery-timeout': {
    reply: '447',
    status: '4.4.7',
    evidence: '447 4.4.7 Message delayed; the destination server did not answer in time',
  },
  'recipient-restricted': {
    reply: '550',
    status: '5.7.133',
    evidence: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required',
  },
  'sender-authentication': {
    reply: '550',
    status: '5.7.509',
    evidence: '550 5.7.509 Access denied, sending domain contoso.example does not pass DMARC verification',
  },
  'message-format': {
    reply: '554',
    status: '5.6.11',
    evidence: '554 5.6.11 SMTPSEND.BareLinefeedsAreIllegal',
  },
  general: {
    reply: '550',
    status: '5.0.0',
    evidence: '550 5.0.0 Message rejected by the remote server',
  },
};

const SAMPLE_DETAILS: NdrDetails = {
  recipients: ['j.doe@fabrikam.example'],
  sender: 'scanner@contoso.example',
  subject: 'Scanned document from MFP-2F',
  reportingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.example',
  remoteServer: 'mx.fabrikam.example',
  diagnostics: {},
};

/** The sample for a playbook. */
export function sampleFor(playbook: PlaybookId): CardSample {
  const seed = SEEDS[playbook];
  return {
    finding: {
      status: seed.status,
      reply: seed.reply,
      variant: seed.variant ?? null,
      playbook,
      evidence: seed.evidence,
      source: seed.source ?? 'remote-server',
      title: seed.title ?? null,
      score: 100,
    },
    details: { ...SAMPLE_DETAILS, recipients: [...SAMPLE_DETAILS.recipients], diagnostics: {} },
  };
}
