import type { Attachment } from 'botbuilder';
import { BotError } from '../../core/errors';

/** Teams' content type for a file the user shared in a personal chat (`supportsFiles` in the manifest). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const SUPPORTED_FILE_TYPES = ['eml', 'txt', 'log', 'msg-txt'];
// Teams repeats the message body as an HTML attachment and cards as card attachments: they are not files.
const IGNORED_CONTENT_TYPES = [/^text\/html$/i, /^application\/vnd\.microsoft\.card\./i];

/** A file to download, or a problem to report. */
export type AttachmentPlan =
  | { kind: 'none' }
  | { kind: 'download'; name: string; url: string }
  | { kind: 'inline'; name: string; text: string }
  | { kind: 'unsupported'; name: string };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Decides what to do with the first attachment that is a file (the bot reads one NDR per message). */
export function planAttachment(attachments: readonly Attachment[] | undefined): AttachmentPlan {
  for (const attachment of attachments ?? []) {
    const contentType = typeof attachment?.contentType === 'string' ? attachment.contentType : '';
    if (IGNORED_CONTENT_TYPES.some((pattern) => pattern.test(contentType))) continue;
    const name = typeof attachment.name === 'string' ? attachment.name.slice(0, 200) : 'attachment';
    if (contentType === FILE_DOWNLOAD_INFO) {
      const content = attachment.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
      const fileType =
        typeof content?.fileType === 'string' ? content.fileType.toLowerCase() : extensionOf(name);
      if (!SUPPORTED_FILE_TYPES.includes(fileType) || typeof content?.downloadUrl !== 'string') {
        return { kind: 'unsupported', name };
      }
      return { kind: 'download', name, url: content.downloadUrl };
    }
    if (/^(text\/plain|message\/rfc822)$/i.test(contentType) && typeof attachment.content === 'string') {
      return { kind: 'inline', name, text: attachment.content };
    }
    return { kind: 'unsupported', name };
  }
  return { kind: 'none' };
}

/** Which download URLs the bot may fetch (Teams gives SharePoint/OneDrive https URLs). */
export type UrlPolicy = (url: URL) => boolean;

/** Production policy: https only. */
export const httpsOnly: UrlPolicy = (url) => url.protocol === 'https:';

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;
}

function tooLarge(maxBytes: number): BotError {
  return new BotError('ATTACHMENT_TOO_LARGE', { params: { limit: formatMegabytes(maxBytes), maxBytes } });
}

/**
 * Downloads a shared file with a plain GET, refusing it as soon as it grows past `maxBytes` (checked while streaming,
 * so a huge file is never buffered).
 */
export async function downloadAttachment(
  rawUrl: string,
  options: { maxBytes: number; urlPolicy: UrlPolicy; timeoutMs?: number },
): Promise<Uint8Array> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch (cause) {
    throw new BotError('ATTACHMENT_DOWNLOAD_FAILED', { cause, detail: 'malformed download URL' });
  }
  if (!options.urlPolicy(url))
    throw new BotError('ATTACHMENT_DOWNLOAD_FAILED', { detail: 'download URL not allowed' });

  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
    });
  } catch (cause) {
    throw new BotError('ATTACHMENT_DOWNLOAD_FAILED', { cause });
  }
  if (!response.ok || !response.body) {
    throw new BotError('ATTACHMENT_DOWNLOAD_FAILED', { detail: `HTTP ${response.status}` });
  }
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body.cancel();
    throw tooLarge(options.maxBytes);
  }

  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    let result: Awaited<ReturnType<typeof reader.read>>;
    try {
      result = await reader.read();
    } catch (cause) {
      throw new BotError('ATTACHMENT_DOWNLOAD_FAILED', { cause });
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > options.maxBytes) {
      await reader.cancel();
      throw tooLarge(options.maxBytes);
    }
    chunks.push(result.value);
  }
  return Buffer.concat(chunks);
}
