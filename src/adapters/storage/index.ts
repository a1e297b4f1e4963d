export { SqliteStorage } from './sqlite-storage';
export { createStorage, closeStorage } from './create-storage';
