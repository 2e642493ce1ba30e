import { describe, expect, it } from 'vitest';
import { canonicalJson, changedFields, genesisHash, hashAuditRow, type AuditContent } from './audit.js';

const content: AuditContent = {
  at: '2026-01-02T03:04:05.678Z',
  actorId: null,
  actorName: 'admin',
  action: 'unit.create',
  entity: 'unit',
  entityId: 'x',
  before: null,
  after: { b: 1, a: { d: [1, 2], c: 'Đ' } },
  requestId: null,
  clientAddress: null,
};

describe('audit hashing', () => {
  it('is independent of key order, as jsonb reorders keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'Đ' } })).toBe(canonicalJson({ a: { c: 'Đ', d: [1, 2] }, b: 1 }));
    expect(hashAuditRow(genesisHash, content)).toBe(hashAuditRow(genesisHash, { ...content, after: { a: { c: 'Đ', d: [1, 2] }, b: 1 } }));
  });

  it('changes with any content or with the previous link', () => {
    const base = hashAuditRow(genesisHash, content);
    expect(hashAuditRow(genesisHash, { ...content, actorName: 'other' })).not.toBe(base);
    expect(hashAuditRow('1'.repeat(64), content)).not.toBe(base);
  });

  it('keeps only changed fields', () => {
    expect(changedFields({ name: 'A', code: '1', version: 1 }, { name: 'B', code: '1', version: 2 })).toEqual({
      before: { name: 'A' },
      after: { name: 'B' },
    });
    expect(changedFields({ name: 'A' }, { name: 'A' })).toBeUndefined();
  });
});
