import { MemoryStorage } from 'botbuilder';
import { createStorage } from '../../../src/adapters/storage';
import { storageCases } from './storage.case';

storageCases('MemoryStorage', async () => new MemoryStorage());

it('createStorage picks MemoryStorage for STORAGE_KIND=memory', () => {
  const storage = createStorage({
    STORAGE_KIND: 'memory',
    SQLITE_PATH: 'unused',
    AZURE_STORAGE_CONNECTION_STRING: undefined,
    AZURE_STORAGE_CONTAINER: 'unused',
    COSMOS_ENDPOINT: undefined,
    COSMOS_KEY: undefined,
    COSMOS_DATABASE: 'unused',
    COSMOS_CONTAINER: 'unused',
  });
  expect(storage).toBeInstanceOf(MemoryStorage);
});
