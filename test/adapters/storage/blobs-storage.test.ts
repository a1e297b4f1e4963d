import { BlobsStorage } from 'botbuilder-azure-blobs';
import { createStorage } from '../../../src/adapters/storage';
import { startAzurite, type RunningAzurite } from './azurite';
import { storageCases } from './storage.case';

let azurite: RunningAzurite | undefined;

storageCases(
  'BlobsStorage on Azurite',
  async () => {
    azurite = await startAzurite();
    return createStorage({
      STORAGE_KIND: 'blob',
      SQLITE_PATH: 'unused',
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: 'ndr-assist-test',
      COSMOS_ENDPOINT: undefined,
      COSMOS_KEY: undefined,
      COSMOS_DATABASE: 'unused',
      COSMOS_CONTAINER: 'unused',
    });
  },
  async () => azurite?.stop(),
);

it('createStorage builds a BlobsStorage for STORAGE_KIND=blob', () => {
  expect(
    createStorage({
      STORAGE_KIND: 'blob',
      SQLITE_PATH: 'unused',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true;',
      AZURE_STORAGE_CONTAINER: 'c',
      COSMOS_ENDPOINT: undefined,
      COSMOS_KEY: undefined,
      COSMOS_DATABASE: 'unused',
      COSMOS_CONTAINER: 'unused',
    }),
  ).toBeInstanceOf(BlobsStorage);
});
