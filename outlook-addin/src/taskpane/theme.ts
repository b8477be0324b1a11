/**
 * The task pane in Outlook's own theme: the colours Office reports
 * (`Office.context.officeTheme`, Microsoft: "Use Office themes in your
 * add-in"), light or dark as its background is, and the system's colours in
 * high contrast (taskpane.css, `forced-colors`). With no theme from Office
 * the pane follows the system's light or dark preference.
 */

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

/** Relative luminance of a #rrggbb colour (WCAG 2.2 definition); null when it is not one. */
function luminance(colour: string | undefined): number | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(colour?.trim() ?? '');
  if (!match) return null;
  const value = parseInt(match[1]!, 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function applyOfficeTheme(root: HTMLElement, theme: OfficeThemeColours | undefined): void {
  const background = luminance(theme?.bodyBackgroundColor);
  if (!theme || background === null) {
    delete root.dataset.theme;
    return;
  }
  root.dataset.theme = background < 0.2 ? 'dark' : 'light';
  const set = (name: string, colour: string | undefined) => {
    if (luminance(colour) !== null) root.style.setProperty(name, colour!);
  };
  set('--office-body-background', theme.bodyBackgroundColor);
  set('--office-body-text', theme.bodyForegroundColor);
  set('--office-control-background', theme.controlBackgroundColor);
  set('--office-control-text', theme.controlForegroundColor);
}
