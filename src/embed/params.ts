/**
 * URL parameters of the app (issue 9), read once at start:
 *
 *   ?lang=zh|en                 interface language for this visit (not remembered)
 *   ?theme=light|dark           colour theme, whatever the system setting
 *   ?chapters=overview,cleaning report chapters to show (others are hidden)
 *   ?embed=https://a.example,https://b.example
 *                               host origins whose postMessage requests are accepted (src/embed/host.svelte.ts)
 *
 * The embed allow-list: the build-time setting VITE_EMBED_ORIGINS (comma-separated origins, or
 * "none") wins. When it is set, ?embed= can only narrow it; when it is not, ?embed= alone decides
 * — and anyone who links to the app can set it, which is why the app only ever sends a host the
 * results of the files that host itself sent (see docs/embed.md, "Trust model").
 */
import type { Locale } from '../i18n/types';

export interface AppParams {
  lang: Locale | null;
  theme: 'light' | 'dark' | null;
  chapters: string[] | null;
  origins: string[];
}

/** The origin of an http(s) URL, or null for anything else ("null", "*", file:, javascript:…). */
export function toOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

function origins(list: string): string[] {
  return [...new Set(list.split(/[\s,]+/).filter(Boolean).map(toOrigin).filter((o): o is string => o !== null))];
}

export function readParams(search: string, built: string | undefined): AppParams {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const theme = q.get('theme');
  const chapters = q.get('chapters');
  const fromUrl = origins(q.getAll('embed').join(','));
  let allowed: string[];
  if (built === undefined || built.trim() === '') allowed = fromUrl;
  else if (built.trim() === 'none') allowed = [];
  else {
    const fixed = origins(built);
    allowed = q.has('embed') ? fixed.filter((o) => fromUrl.includes(o)) : fixed;
  }
  return {
    lang: lang === 'zh' || lang === 'zh-CN' ? 'zh-CN' : lang === 'en' ? 'en' : null,
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    chapters: chapters === null ? null : chapters.split(',').map((c) => c.trim()).filter((c) => /^[a-z0-9-]+$/.test(c)),
    origins: allowed,
  };
}
