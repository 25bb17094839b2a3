// Styles for Samenspraak's shadow root as constructed stylesheets: no <style> element in the
// tree that a page could edit, and, with the closed root (samenspraak-root.ts), no way for
// a page to reach them at all (issue 13, item 10).

/** The styles each root has: a mirror made for every session needs its rules only once. */
const adopted = new WeakMap<ShadowRoot, Set<string>>();

/** Adds `css` to the shadow root's adopted stylesheets, after those already there (once). */
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const known = adopted.get(shadow) ?? new Set<string>();
  adopted.set(shadow, known);
  if (known.has(css)) return;
  known.add(css);
  const win = shadow.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  try {
    // The sheet must be made by the frame the shadow root lives in.
    const sheet = new (win ?? globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return;
  } catch {
    // A browser that refuses adopted sheets from an extension's script (Firefox's Xray
    // wrappers have refused them): a style element, still inside the closed root.
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
