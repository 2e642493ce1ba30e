import type { CSSProperties } from 'react';

/** The frame of one item of an editable list (steps, documents, fees). */
export const listItemStyle: CSSProperties = {
  border: '1px solid #f0f0f0',
  borderRadius: 8,
  padding: 12,
  marginBottom: 8,
  background: '#fafafa',
};
