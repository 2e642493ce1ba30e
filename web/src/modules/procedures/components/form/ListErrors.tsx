import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The errors of a whole list (e.g. the steps' budgets), in the colour of field errors. */
export function ListErrors({ errors }: { errors: ReactNode[] }) {
  if (errors.length === 0) return null;
  return (
    <div role="alert" style={{ marginTop: 8 }}>
      {errors.map((error, index) => (
        <Typography.Text key={index} type="danger" style={{ display: 'block' }}>
          {error}
        </Typography.Text>
      ))}
    </div>
  );
}
