export { openDatabase } from './open-database';
export { SqliteAuditLog, ensureAuditSchema } from './sqlite-audit-log';
export { SqliteApprovalRepository } from './sqlite-approval-repository';
export { MemoryApprovalRepository, MemoryAuditLog } from './memory';
export { StorageApprovalRepository } from './storage-approval-repository';
