import type { Storage } from 'botbuilder';

/** Behaviour every botbuilder Storage in this project must show; run by each implementation's test file. */
export function storageCases(
  name: string,
  open: () => Promise<Storage>,
  close: () => Promise<void> = async () => {},
): void {
  describe(`${name}: botbuilder Storage contract`, () => {
    let storage: Storage;
    let prefix = 0;
    const key = (suffix: string) => `case-${prefix}/${suffix}`;

    beforeAll(async () => {
      storage = await open();
    });
    afterAll(async () => {
      await close();
    });
    beforeEach(() => {
      prefix += 1;
    });

    it('returns nothing for keys never written', async () => {
      expect(await storage.read([key('missing')])).toEqual({});
      expect(await storage.read([])).toEqual({});
    });

    it('writes, reads back with an eTag, and deletes', async () => {
      await storage.write({
        [key('a')]: { walkthrough: { step: 2, locale: 'fi-FI' } },
        [key('b')]: { n: 1 },
      });
      const items = await storage.read([key('a'), key('b'), key('missing')]);
      expect(Object.keys(items).sort()).toEqual([key('a'), key('b')]);
      expect(items[key('a')]).toMatchObject({ walkthrough: { step: 2, locale: 'fi-FI' } });
      expect(typeof items[key('a')]?.eTag).toBe('string');
      await storage.delete([key('a')]);
      const after = await storage.read([key('a'), key('b')]);
      expect(Object.keys(after)).toEqual([key('b')]);
    });

    it('deleting a missing key is not an error', async () => {
      await expect(storage.delete([key('never')])).resolves.toBeUndefined();
    });

    it('changes the eTag on every write', async () => {
      await storage.write({ [key('c')]: { v: 1 } });
      const first = (await storage.read([key('c')]))[key('c')];
      await storage.write({ [key('c')]: { ...first, v: 2 } });
      const second = (await storage.read([key('c')]))[key('c')];
      expect(second).toMatchObject({ v: 2 });
      expect(second?.eTag).not.toEqual(first?.eTag);
    });

    it("lets '*' and a missing eTag win (last write wins)", async () => {
      await storage.write({ [key('d')]: { v: 1 } });
      await storage.write({ [key('d')]: { v: 2, eTag: '*' } });
      expect((await storage.read([key('d')]))[key('d')]).toMatchObject({ v: 2 });
      await storage.write({ [key('d')]: { v: 3 } });
      expect((await storage.read([key('d')]))[key('d')]).toMatchObject({ v: 3 });
    });

    it('rejects a write carrying a stale eTag and keeps the newer value', async () => {
      await storage.write({ [key('e')]: { v: 1 } });
      const stale = (await storage.read([key('e')]))[key('e')];
      await storage.write({ [key('e')]: { ...stale, v: 2 } });
      await expect(storage.write({ [key('e')]: { ...stale, v: 3 } })).rejects.toThrow();
      expect((await storage.read([key('e')]))[key('e')]).toMatchObject({ v: 2 });
    });

    it('lets exactly one of several concurrent writers with the same eTag win', async () => {
      await storage.write({ [key('f')]: { owner: 'nobody' } });
      const seen = (await storage.read([key('f')]))[key('f')];
      const writers = Array.from({ length: 8 }, (_, index) =>
        storage.write({ [key('f')]: { ...seen, owner: `writer-${index}` } }).then(
          () => `writer-${index}`,
          () => null,
        ),
      );
      const winners = (await Promise.all(writers)).filter((winner): winner is string => winner !== null);
      expect(winners).toHaveLength(1);
      expect((await storage.read([key('f')]))[key('f')]).toMatchObject({ owner: winners[0] });
    });
  });
}
