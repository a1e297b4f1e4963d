import {
  downloadAttachment,
  FILE_DOWNLOAD_INFO,
  httpsOnly,
  planAttachment,
} from '../../../src/adapters/teams/attachments';

const file = (name: string, fileType?: string) => ({
  contentType: FILE_DOWNLOAD_INFO,
  name,
  content: {
    downloadUrl: `https://contoso.sharepoint.com/${name}`,
    fileType: fileType ?? name.split('.').pop(),
  },
});

describe('planAttachment', () => {
  it('downloads .eml and .txt files shared in Teams', () => {
    expect(planAttachment([file('bounce.eml')])).toEqual({
      kind: 'download',
      name: 'bounce.eml',
      url: 'https://contoso.sharepoint.com/bounce.eml',
    });
    expect(planAttachment([file('smtp.txt')])).toMatchObject({ kind: 'download' });
  });

  it('ignores the HTML copy of the message and cards; reads inline text attachments', () => {
    expect(planAttachment([{ contentType: 'text/html', content: '<p>hi</p>' }])).toEqual({ kind: 'none' });
    expect(planAttachment(undefined)).toEqual({ kind: 'none' });
    expect(planAttachment([{ contentType: 'text/plain', name: 'ndr.txt', content: '550 5.1.1' }])).toEqual({
      kind: 'inline',
      name: 'ndr.txt',
      text: '550 5.1.1',
    });
  });

  it('reports other types as unsupported', () => {
    expect(planAttachment([file('scan.pdf')])).toEqual({ kind: 'unsupported', name: 'scan.pdf' });
    expect(
      planAttachment([{ contentType: 'image/png', name: 'shot.png', contentUrl: 'https://x' }]),
    ).toMatchObject({
      kind: 'unsupported',
    });
    expect(planAttachment([{ contentType: FILE_DOWNLOAD_INFO, name: 'a.eml', content: {} }])).toMatchObject({
      kind: 'unsupported',
    });
  });
});

describe('downloadAttachment', () => {
  it('refuses URLs the policy does not allow, before any request', async () => {
    expect(httpsOnly(new URL('http://169.254.169.254/latest'))).toBe(false);
    await expect(
      downloadAttachment('http://169.254.169.254/latest', { maxBytes: 10, urlPolicy: httpsOnly }),
    ).rejects.toMatchObject({ code: 'ATTACHMENT_DOWNLOAD_FAILED' });
    await expect(
      downloadAttachment('not a url', { maxBytes: 10, urlPolicy: httpsOnly }),
    ).rejects.toMatchObject({
      code: 'ATTACHMENT_DOWNLOAD_FAILED',
    });
  });
});
