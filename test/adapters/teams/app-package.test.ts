import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import AdmZip from 'adm-zip';
import { buildAppPackage, parseEnvFile, renderManifest } from '../../../src/adapters/teams/app-package';

const root = path.resolve(__dirname, '../../..');
const manifestTemplate = fs.readFileSync(path.join(root, 'appPackage', 'manifest.json'), 'utf8');
const ENV = {
  TEAMS_APP_ID: '0b7c7b1e-3c64-4c8e-9d0e-1f2a3b4c5d6e',
  BOT_ID: '5f1d2c3b-4a59-4e8f-8a7b-6c5d4e3f2a1b',
  BOT_DOMAIN: 'ndr-assist.example.net',
  APP_NAME_SUFFIX: 'dev',
};

function schemaFor(version: string): object {
  const file = path.join(
    root,
    'node_modules/@microsoft/app-manifest/build/json-schemas/teams',
    `v${version}`,
    'MicrosoftTeams.schema.json',
  );
  // The official schema declares draft-04; its keywords validate the same under Ajv's default draft.
  const { $schema: _ignored, ...schema } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<
    string,
    unknown
  >;
  return schema;
}

/** Width, height, colour type and RGBA pixels of an 8-bit RGBA PNG (what scripts/make-icons.mjs writes). */
function readPng(file: string): { width: number; height: number; colorType: number; pixels: Buffer } {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('ascii', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      colorType = body[9]!;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width * 4 + 1)]).toBe(0); // filter "none", as written by the generator
    raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, colorType, pixels };
}

describe('Teams app package', () => {
  it('uses the newest manifest schema the bundled @microsoft/app-manifest ships (≤ 1.30)', () => {
    const manifest = JSON.parse(manifestTemplate) as { manifestVersion: string; $schema: string };
    const shipped = fs
      .readdirSync(path.join(root, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams'))
      .filter((name) => /^v1\.\d+$/.test(name))
      .map((name) => Number(name.slice(3)))
      .filter((minor) => minor <= 30);
    expect(manifest.manifestVersion).toBe(`1.${Math.max(...shipped)}`);
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('renders with env values into a manifest valid against the official JSON schema', () => {
    const manifest = JSON.parse(renderManifest(manifestTemplate, ENV)) as {
      manifestVersion: string;
      id: string;
      bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: unknown[] }[];
      validDomains: string[];
    };
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schemaFor(manifest.manifestVersion));
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    expect(manifest.bots[0]).toMatchObject({ botId: ENV.BOT_ID, supportsFiles: true });
    expect(manifest.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.bots[0]!.commandLists.length).toBeGreaterThan(0);
    expect(manifest.validDomains).toEqual([ENV.BOT_DOMAIN]);
    // The schema check has teeth: a wrong bot id or an unknown property is reported.
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] })).toBe(false);
    expect(validate({ ...manifest, unknownProperty: true })).toBe(false);
  });

  it('keeps the Toolkit placeholders in the source manifest and refuses to render without a value', () => {
    expect(manifestTemplate).toContain('${{TEAMS_APP_ID}}');
    expect(manifestTemplate).toContain('${{BOT_ID}}');
    expect(() => renderManifest(manifestTemplate, { ...ENV, BOT_ID: undefined })).toThrow(/BOT_ID/);
  });

  it('ships a 192x192 colour icon and a 32x32 white-on-transparent outline icon', () => {
    const color = readPng(path.join(root, 'appPackage', 'color.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(path.join(root, 'appPackage', 'outline.png'));
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    let transparent = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = [
        outline.pixels[i],
        outline.pixels[i + 1],
        outline.pixels[i + 2],
        outline.pixels[i + 3],
      ];
      if (a === 0) transparent += 1;
      else expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  });

  it('builds appPackage/build/appPackage.<env>.zip from env/.env.<env> (+ .user)', () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ndr-package-'));
    fs.cpSync(path.join(root, 'appPackage'), path.join(temp, 'appPackage'), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}build`),
    });
    fs.mkdirSync(path.join(temp, 'env'));
    fs.writeFileSync(
      path.join(temp, 'env', '.env.test'),
      `# comment\nTEAMS_APP_ID=${ENV.TEAMS_APP_ID}\nBOT_ID="${ENV.BOT_ID}"\nAPP_NAME_SUFFIX=test\n`,
    );
    fs.writeFileSync(
      path.join(temp, 'env', '.env.test.user'),
      `BOT_DOMAIN=${ENV.BOT_DOMAIN}\nSECRET_BOT_PASSWORD=x\n`,
    );
    const zipPath = buildAppPackage(temp, 'test');
    expect(zipPath).toBe(path.join(temp, 'appPackage', 'build', 'appPackage.test.zip'));
    const zip = new AdmZip(zipPath);
    expect(
      zip
        .getEntries()
        .map((entry) => entry.entryName)
        .sort(),
    ).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json')) as { id: string; name: { short: string } };
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    expect(manifest.name.short).toBe('NDR Assisttest');
    expect(zip.readAsText('manifest.json')).not.toContain('SECRET');
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('parses Toolkit env files', () => {
    expect(parseEnvFile('A=1\n# B=2\n C = "three" \nD=\n')).toEqual({ A: '1', C: 'three', D: '' });
  });
});
