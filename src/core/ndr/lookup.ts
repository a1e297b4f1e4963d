import { knowledge, type CodeEntry, type Knowledge, type VariantEntry } from './knowledge';
import type { PlaybookId } from './types';

/** Fast lookups over the knowledge: code → entry (exact, then ranges), playbook fallbacks. */
export class CodeLookup {
  private readonly exact = new Map<string, CodeEntry>();
  private readonly ranges: { prefix: string; from: number; to: number; entry: CodeEntry }[] = [];

  constructor(private readonly data: Knowledge = knowledge) {
    for (const entry of data.codes) {
      const range = /^([245]\.[0-7])\.(\d{1,3})-(\d{1,3})$/.exec(entry.status);
      if (range) this.ranges.push({ prefix: range[1]!, from: Number(range[2]), to: Number(range[3]), entry });
      else if (!this.exact.has(entry.status)) this.exact.set(entry.status, entry);
    }
  }

  /** The catalogue entry of an enhanced status code, if known. */
  code(status: string): CodeEntry | undefined {
    const exact = this.exact.get(status);
    if (exact) return exact;
    const [klass, subject, detail] = status.split('.');
    const prefix = `${klass}.${subject}`;
    const number = Number(detail);
    return this.ranges.find((range) => range.prefix === prefix && number >= range.from && number <= range.to)
      ?.entry;
  }

  /** The playbook for a finding: the variant's, else the code's, else by RFC 3463 subject, else by reply code. */
  playbookFor(
    status: string | null,
    reply: string | null,
    variant: VariantEntry | undefined,
  ): PlaybookId | null {
    if (variant) return variant.playbook;
    if (status) {
      const entry = this.code(status);
      if (entry) return entry.playbook;
      const subject = status.split('.')[1];
      const bySubject = this.data.subjects[`x.${subject}`];
      if (bySubject) return bySubject;
    }
    if (reply) return this.data.replies[reply] ?? 'general';
    return null;
  }
}
