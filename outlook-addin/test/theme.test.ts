// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { applyOfficeTheme } from '../src/taskpane/theme.ts';

afterEach(() => {
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('style');
});

describe('the task pane in Office\'s theme', () => {
  it('goes dark on a dark Office theme and takes its colours', () => {
    const root = document.documentElement;
    applyOfficeTheme(root, { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF', controlBackgroundColor: '#1f1f1f', controlForegroundColor: '#f0f0f0' });
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--office-body-background')).toBe('#262626');
    expect(root.style.getPropertyValue('--office-body-text')).toBe('#FFFFFF');
  });

  it('stays light on a light theme (Colorful, White)', () => {
    applyOfficeTheme(document.documentElement, { bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' });
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('follows the system when Office gives no usable theme, and takes no colour it cannot read', () => {
    const root = document.documentElement;
    applyOfficeTheme(root, undefined);
    expect(root.dataset.theme).toBeUndefined();
    applyOfficeTheme(root, { bodyBackgroundColor: 'url(x)', bodyForegroundColor: 'red' });
    expect(root.dataset.theme).toBeUndefined();
    expect(root.getAttribute('style') ?? '').toBe('');
  });
});
