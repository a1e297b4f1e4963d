import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CosmosDbPartitionedStorage } from 'botbuilder-azure';
import type { Config } from '../../config';
import { SqliteStorage } from './sqlite-storage';

type StorageConfig = Pick<
  Config,
  | 'STORAGE_KIND'
  | 'SQLITE_PATH'
  | 'AZURE_STORAGE_CONNECTION_STRING'
  | 'AZURE_STORAGE_CONTAINER'
  | 'COSMOS_ENDPOINT'
  | 'COSMOS_KEY'
  | 'COSMOS_DATABASE'
  | 'COSMOS_CONTAINER'
>;

/** Picks the botbuilder `Storage` named by `STORAGE_KIND` (config has already checked the required variables). */
export function createStorage(config: StorageConfig): Storage {
  switch (config.STORAGE_KIND) {
    case 'memory':
      return new MemoryStorage();
    case 'blob':
      return new BlobsStorage(config.AZURE_STORAGE_CONNECTION_STRING ?? '', config.AZURE_STORAGE_CONTAINER);
    case 'cosmos':
      return new CosmosDbPartitionedStorage({
        cosmosDbEndpoint: config.COSMOS_ENDPOINT ?? '',
        authKey: config.COSMOS_KEY ?? '',
        databaseId: config.COSMOS_DATABASE,
        containerId: config.COSMOS_CONTAINER,
        compatibilityMode: false,
      });
    case 'sqlite':
      return new SqliteStorage(config.SQLITE_PATH);
  }
}

/** Releases what a storage holds open (only SQLite holds a file). */
export function closeStorage(storage: Storage): void {
  if (storage instanceof SqliteStorage) storage.close();
}
