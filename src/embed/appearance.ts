/**
 * ?theme= and ?chapters= (issue 9), applied through the CSS object model: no inline <style>
 * element or style attribute is needed, so they work under the Content-Security-Policy.
 */

/**
 * Forces the light or dark theme: the stylesheets' `prefers-color-scheme` media rules are switched
 * on or off, and `color-scheme` follows (form controls, scrollbars). Call after the app's CSS has
 * loaded (in the production build the stylesheet blocks main.ts until then).
 */
export function applyTheme(theme: 'light' | 'dark'): void {
  document.documentElement.style.colorScheme = theme;
  document.documentElement.dataset.theme = theme;
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule) {
        const text = rule.media.mediaText;
        if (/prefers-color-scheme:\s*dark/.test(text)) rule.media.mediaText = theme === 'dark' ? 'all' : 'not all';
        else if (/prefers-color-scheme:\s*light/.test(text)) rule.media.mediaText = theme === 'light' ? 'all' : 'not all';
        else visit(rule.cssRules);
      }
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // a sheet we may not read (none in this app): left as it is
    }
  }
}

/**
 * Shows only the listed report chapters: each chapter is a `.chapters > #chapter-<id>` section
 * with a table-of-contents link to `#chapter-<id>`. Ids come from readParams (only [a-z0-9-]).
 */
export function showChapters(ids: string[]): void {
  const keep = ids.map((id) => `:not(#chapter-${id})`).join('');
  const keepLink = ids.map((id) => `:not([href="#chapter-${id}"])`).join('');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `.chapters > [id^="chapter-"]${keep} { display: none !important; }\n` +
      `nav li:has(> a[href^="#chapter-"]${keepLink}) { display: none !important; }`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
