import type { Storage } from 'botbuilder';
import type { Walkthrough } from './assistant';

const keyOf = (id: string) => `walkthroughs/${id}`;

/** Walk-through state in the bot's Storage (SQLite, Blob, Cosmos or memory); survives restarts. */
export class WalkthroughStore {
  constructor(private readonly storage: Storage) {}

  async get(id: string): Promise<Walkthrough | undefined> {
    const items = await this.storage.read([keyOf(id)]);
    const item = items[keyOf(id)] as (Walkthrough & { eTag?: string }) | undefined;
    if (!item) return undefined;
    const { eTag: _eTag, ...walkthrough } = item;
    return walkthrough;
  }

  /** Last write wins: a walk-through belongs to one user and navigation is idempotent (actions carry the step). */
  async save(walkthrough: Walkthrough): Promise<void> {
    await this.storage.write({ [keyOf(walkthrough.id)]: { ...walkthrough, eTag: '*' } });
  }
}
