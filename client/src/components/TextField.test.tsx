import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TextField } from './TextField.tsx';

function ProjectName() {
  const [value, setValue] = useState('');
  return <TextField id="project-name" label="Project name" limit={120} value={value} onChange={setValue} />;
}

describe('TextField', () => {
  it('keeps everything pasted past the limit, and says by how much it is over', () => {
    render(<ProjectName />);
    const input = screen.getByRole('textbox', { name: 'Project name' });
    expect(input.getAttribute('maxlength')).toBeNull();

    fireEvent.change(input, { target: { value: 'a'.repeat(500) } });
    expect((input as HTMLInputElement).value).toHaveLength(500);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const count = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(count?.textContent).toBe('You have 380 characters too many. The limit is 120 characters.');
    expect(screen.getByText('Too long: the limit is 120 characters.')).toBeTruthy();
  });

  it('shows nothing extra while there is plenty of room', () => {
    render(<ProjectName />);
    const input = screen.getByRole('textbox', { name: 'Project name' });
    fireEvent.change(input, { target: { value: 'SEND strategy' } });
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
