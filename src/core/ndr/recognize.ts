import { knowledge, type VariantEntry } from './knowledge';
import type { LabelKind } from './knowledge/schema';
import { emptyDetails, lineStartOf, readDetails, type LabelHit } from './details';
import { CodeLookup } from './lookup';
import { adoptDiagnosticReply, rankFindings, type Candidate } from './rank';
import { lineWindow, scanCodes } from './scan-codes';
import { htmlToText, looksLikeHtml } from './text/html-to-text';
import { hasText, stripMboxLine, type ParsedMessage, type Segment } from './text/mime';
import { readMessageHead, walkMime, type MessageHead } from './text/mime-walk';
import { decodeBytes, looksBinary, normalizeText, printableRuns } from './text/normalize';
import { PhraseMatcher, type PhraseMatch } from './text/phrase-matcher';
import type { EvidenceSource, InputKind, NdrDetails, Recognition } from './types';

export interface RecognizeOptions {
  /** Input read (bytes of a buffer, characters of a string); the rest is ignored with the note `input.truncated`. Default 16 M. */
  maxBytes?: number;
}

const DEFAULT_MAX_CHARS = 16_000_000;
const SHORT_INPUT_CHARS = 300;
const MAX_PHRASE_HITS = 20_000;
const MAX_LABELS = 200;
/** Matches one scan returns at most: a flood of labels ("To:" a million times) stops it instead of filling memory. */
const MAX_MATCHES = 100_000;
/** How far a sendmail "Transcript of session follows" block reaches. */
const TRANSCRIPT_CHARS = 4000;

/** Offsets of the parts of a report whose codes count less. */
interface Sections {
  originalStart: number;
  originalEnd: number;
  transcriptStart: number;
  transcriptEnd: number;
}

function sourceAt(index: number, scanned: EvidenceSource, sections: Sections): EvidenceSource {
  if (index >= sections.originalStart && index < sections.originalEnd) return 'original-message';
  if (
    index >= sections.transcriptStart &&
    index < sections.transcriptEnd &&
    (scanned === 'smtp-reply' || scanned === 'text')
  ) {
    return 'transcript';
  }
  return scanned;
}

type PatternRef = { type: 'variant'; variant: VariantEntry } | { type: 'label'; kind: LabelKind };

const lookup = new CodeLookup(knowledge);
const patterns: PatternRef[] = [];
const patternTexts: string[] = [];
for (const variant of knowledge.variants) {
  for (const phrase of variant.phrases) {
    patterns.push({ type: 'variant', variant });
    patternTexts.push(phrase);
  }
}
for (const label of knowledge.labels) {
  patterns.push({ type: 'label', kind: label.kind });
  patternTexts.push(label.text);
}
const matcher = new PhraseMatcher(patternTexts);
/** The "Original message headers" labels: in a report, the phrase scan stops at the first one. */
const ORIGINAL_SECTION_LABELS = new Uint8Array(patterns.length);
patterns.forEach((ref, index) => {
  if (ref.type === 'label' && ref.kind === 'original-section') ORIGINAL_SECTION_LABELS[index] = 1;
});

interface PhraseHit {
  variant: VariantEntry;
  start: number;
}

/**
 * Recognizes an NDR, SMTP log, HTML bounce, raw .eml or bare code. Never throws on bad input. Bytes are decoded
 * before the first await, so the caller may reuse the buffer as soon as the call returns its promise.
 */
export async function recognizeNdr(
  input: string | Uint8Array,
  options: RecognizeOptions = {},
): Promise<Recognition> {
  const prepared = prepare(input, options);
  return recognizePrepared(prepared) ?? (await recognizeWithMailparser(prepared));
}

/**
 * `recognizeNdr` without its slow fallback: null for a MIME message the fast walk cannot read (then call
 * `recognizeNdr`). `explain` uses it to stay synchronous for the thousands of messages the walk reads.
 */
export function recognizeNdrSync(
  input: string | Uint8Array,
  options: RecognizeOptions = {},
): Recognition | null {
  return recognizePrepared(prepare(input, options));
}

function recognizePrepared(prepared: Prepared): Recognition | null {
  if (prepared.kind !== 'mime')
    return analyze(prepared.kind, [{ text: prepared.text, role: 'report' }], prepared.notes);
  let walked: ParsedMessage;
  try {
    walked = walkMime(prepared.text, prepared.head);
  } catch {
    return null;
  }
  if (!walked.segments.some((segment) => hasText(segment.text))) return null;
  return analyzeMessage(walked, prepared);
}

/** mailparser for the messages the fast walk cannot read; loaded on demand, as it is slow to load. */
async function recognizeWithMailparser(prepared: Prepared): Promise<Recognition> {
  try {
    const { parseMime } = await import('./text/mime-parser');
    return analyzeMessage(await parseMime(stripMboxLine(prepared.text.trimStart())), prepared);
  } catch {
    return analyze(
      'text',
      [{ text: normalizeText(prepared.text), role: 'report' }],
      [...prepared.notes, 'input.mime-unreadable'],
    );
  }
}

function analyzeMessage(message: ParsedMessage, prepared: Prepared): Recognition {
  const recognition = analyze('mime', message.segments.map(cleanSegment), prepared.notes);
  recognition.details.subject ??= message.subject;
  // A bounce is addressed to whoever sent the original message.
  recognition.details.sender ??= message.to[0] ?? null;
  return recognition;
}

/** The synchronous path for text that is not a MIME message (bot messages, benchmarks). */
export function recognizeText(input: string, options: RecognizeOptions = {}): Recognition {
  const prepared = prepare(input, options);
  if (prepared.kind === 'mime')
    return analyze('text', [{ text: normalizeText(prepared.text), role: 'report' }], prepared.notes);
  return analyze(prepared.kind, [{ text: prepared.text, role: 'report' }], prepared.notes);
}

/** Cleans a decoded part like any other text; a returned original stays lazy (it is read only when needed). */
function cleanSegment(segment: Segment): Segment {
  if (segment.role === 'report')
    return { text: normalizeText(segment.text), role: segment.role, dsn: segment.dsn };
  let text: string | undefined;
  return {
    role: segment.role,
    dsn: segment.dsn,
    get text() {
      text ??= normalizeText(segment.text);
      return text;
    },
  };
}

interface Prepared {
  kind: InputKind;
  text: string;
  notes: string[];
  /** A MIME message's top header block, already read. */
  head?: MessageHead;
}

/**
 * Decodes, caps and classifies the input. A MIME message is returned raw: only the parts the walk decodes are
 * cleaned, which skips the header block and the returned original (most of a bounce's bytes).
 */
function prepare(input: string | Uint8Array, options: RecognizeOptions): Prepared {
  const maxChars = options.maxBytes ?? DEFAULT_MAX_CHARS;
  const notes: string[] = [];
  const truncated = input.length > maxChars;
  if (truncated) notes.push('input.truncated');
  // Bytes are cut before decoding, so their text is never longer than the limit either.
  let raw: string;
  if (typeof input === 'string') raw = truncated ? input.slice(0, maxChars) : input;
  else raw = decodeBytes(truncated ? input.subarray(0, maxChars) : input);
  const head = readMessageHead(raw);
  if (head) return { kind: 'mime', text: raw, notes, head };
  // Bytes that are mostly not text (a PDF, an image, an .msg) keep only their readable runs, like `strings`.
  const binary = typeof input !== 'string' && looksBinary(raw);
  if (binary) {
    notes.push('input.binary');
    raw = printableRuns(raw);
  }
  const text = normalizeText(raw);
  if (!hasText(text)) return { kind: 'empty', text: '', notes };
  if (binary) return { kind: 'binary', text, notes };
  if (looksLikeHtml(text)) return { kind: 'html', text: htmlToText(text), notes };
  const trimmed = text.trim();
  if (trimmed.length <= SHORT_INPUT_CHARS && trimmed.split('\n').length <= 3)
    return { kind: 'code', text: trimmed, notes };
  return { kind: 'text', text, notes };
}

function analyze(kind: InputKind, segments: readonly Segment[], notes: string[]): Recognition {
  const details: NdrDetails = emptyDetails();
  if (kind === 'empty') return { kind, findings: [], details, notes };
  const candidates: Candidate[] = [];
  const hasDsnPart = segments.some((segment) => segment.dsn);
  segments.forEach((segment, segmentIndex) => {
    // The returned original message only matters when the report itself says nothing (e.g. a forwarded bounce).
    if (
      segment.role === 'original' &&
      candidates.some((candidate) => candidate.source !== 'original-message')
    )
      return;
    const { phraseHits, labels, original } = findPhrases(segment);
    if (segment.role === 'report') {
      readDetails(segment.text, labels, details, original, {
        dsnFields: !hasDsnPart || segment.dsn === true,
      });
    }
    const transcript = labels.find((label) => label.kind === 'transcript-section');
    const sections: Sections = {
      originalStart: original.start,
      originalEnd: original.end,
      transcriptStart: transcript?.start ?? Number.POSITIVE_INFINITY,
      transcriptEnd: transcript ? transcript.start + TRANSCRIPT_CHARS : Number.POSITIVE_INFINITY,
    };
    collectCandidates(segment.text, kind === 'code', phraseHits, sections, segmentIndex, candidates);
  });
  const findings = rankFindings(candidates, lookup);
  adoptDiagnosticReply(findings, details);
  return { kind, findings, details, notes };
}

const DSN_BLOCK_START = /(?:^|\n)(?:reporting-mta|final-recipient|original-recipient|arrival-date)[ \t]*:/gi;

/**
 * Finds known phrases and wrapper labels. In a report, the quoted original message (after a localized "Original
 * message headers" label, up to a DSN block that may follow it) is not scanned: its codes are incidental, and
 * skipping it saves most of the work on Exchange NDRs.
 */
function findPhrases(segment: Segment): {
  phraseHits: PhraseHit[];
  labels: LabelHit[];
  original: { start: number; end: number };
} {
  const { text } = segment;
  const phraseHits: PhraseHit[] = [];
  const labels: LabelHit[] = [];
  let originalLabel: LabelHit | undefined;
  const take = (matches: readonly PhraseMatch[]) => {
    for (const match of matches) {
      const ref = patterns[match.phrase]!;
      if (ref.type === 'variant') {
        if (phraseHits.length < MAX_PHRASE_HITS)
          phraseHits.push({ variant: ref.variant, start: match.start });
      } else if (labels.length < MAX_LABELS) {
        const label: LabelHit = { kind: ref.kind, start: match.start, end: match.end };
        labels.push(label);
        if (label.kind === 'original-section' && segment.role === 'report') originalLabel ??= label;
      }
    }
  };
  take(
    matcher.scan(text, {
      limit: MAX_MATCHES,
      stopAfter: segment.role === 'report' ? ORIGINAL_SECTION_LABELS : undefined,
    }),
  );
  let original =
    segment.role === 'original' ? { start: 0, end: text.length } : { start: text.length, end: text.length };
  if (originalLabel) {
    // mailparser appends the delivery-status part after the text part, so the original can end before a DSN block.
    DSN_BLOCK_START.lastIndex = originalLabel.end;
    const dsn = DSN_BLOCK_START.exec(text);
    const dsnStart = dsn ? lineStartOf(dsn) : text.length;
    original = { start: originalLabel.start, end: dsnStart };
    if (dsn) take(matcher.scan(text, { from: dsnStart, limit: MAX_MATCHES }));
  }
  phraseHits.sort((a, b) => a.start - b.start);
  return { phraseHits, labels, original };
}

function compatible(variant: VariantEntry, status: string | null): boolean {
  return !variant.statuses || status === null || variant.statuses.includes(status);
}

/** First hit whose start is >= `from` (hits are sorted by start). */
function firstHitFrom(hits: readonly PhraseHit[], from: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (hits[mid]!.start < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

function bestVariantIn(
  hits: readonly PhraseHit[],
  start: number,
  end: number,
  status: string | null,
): VariantEntry | undefined {
  let best: VariantEntry | undefined;
  for (let i = firstHitFrom(hits, start); i < hits.length && hits[i]!.start < end; i += 1) {
    const variant = hits[i]!.variant;
    if (compatible(variant, status) && (!best || variant.priority > best.priority)) best = variant;
  }
  return best;
}

function inferredStatus(status: string | null, variant: VariantEntry | undefined): string | null {
  if (status || !variant || variant.inferStatus === false) return status;
  return variant.status;
}

function collectCandidates(
  text: string,
  shortInput: boolean,
  phraseHits: readonly PhraseHit[],
  sections: Sections,
  segmentIndex: number,
  candidates: Candidate[],
): void {
  const covered: { start: number; end: number }[] = [];
  for (const occurrence of scanCodes(text, shortInput)) {
    const variant = bestVariantIn(
      phraseHits,
      occurrence.windowStart,
      occurrence.windowEnd,
      occurrence.status,
    );
    covered.push({ start: occurrence.windowStart, end: occurrence.windowEnd });
    const status = inferredStatus(occurrence.status, variant);
    candidates.push({
      status,
      inferred: status !== occurrence.status,
      reply: occurrence.reply,
      variant,
      source: sourceAt(occurrence.index, occurrence.source, sections),
      evidence: text.slice(occurrence.windowStart, occurrence.windowEnd).trim(),
      order: segmentIndex * 1e9 + occurrence.index,
    });
  }
  // Known server phrases with no code on their line still say what went wrong.
  const windows = mergeWindows(covered);
  let lastWindowEnd = -1;
  for (const hit of phraseHits) {
    if (hit.start < lastWindowEnd || isCovered(windows, hit.start)) continue;
    const window = lineWindow(text, hit.start);
    lastWindowEnd = window.end;
    const variant = bestVariantIn(phraseHits, window.start, window.end, null);
    if (!variant) continue;
    const status = inferredStatus(null, variant);
    candidates.push({
      status,
      inferred: status !== null,
      reply: null,
      variant,
      source: sourceAt(hit.start, 'phrase', sections),
      evidence: text.slice(window.start, window.end).trim(),
      order: segmentIndex * 1e9 + hit.start,
    });
  }
}

/** Sorted, disjoint windows, so a binary search can answer "is this offset inside a code's line?". */
function mergeWindows(windows: { start: number; end: number }[]): { start: number; end: number }[] {
  windows.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push({ ...window });
  }
  return merged;
}

function isCovered(windows: readonly { start: number; end: number }[], position: number): boolean {
  let low = 0;
  let high = windows.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const window = windows[mid]!;
    if (position < window.start) high = mid - 1;
    else if (position >= window.end) low = mid + 1;
    else return true;
  }
  return false;
}
