import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useState, type CSSProperties } from 'react';

type Props = {
  /** The applied search text; the box follows it when it is reset from outside. */
  value: string;
  onSearch: (text: string) => void;
  placeholder?: string;
  ariaLabel?: string;
  style?: CSSProperties;
  testId?: string;
};

/** A search box that applies on Enter and when cleared; data-testid lands on the input itself. */
export function SearchInput({ value, onSearch, placeholder, ariaLabel, style, testId }: Props) {
  const [text, setText] = useState(value);
  const [applied, setApplied] = useState(value);
  if (applied !== value) {
    setApplied(value);
    setText(value);
  }
  return (
    <Input
      allowClear
      enterKeyHint="search"
      prefix={<SearchOutlined />}
      value={text}
      placeholder={placeholder}
      aria-label={ariaLabel}
      style={style}
      data-testid={testId}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value === '' && value !== '') onSearch('');
      }}
      onPressEnter={() => onSearch(text.trim())}
    />
  );
}
