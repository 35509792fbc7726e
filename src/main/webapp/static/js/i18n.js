// Message bundles for the front end, from the same properties files as the server's pages.
const cache = new Map();

export async function loadMessages(locale) {
  const lang = (locale || document.documentElement.lang || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
  if (!cache.has(lang)) {
    cache.set(lang, fetch(`/api/v1/messages/${lang}`).then((r) => r.json()).then((b) => b.messages));
  }
  const messages = await cache.get(lang);
  return (key, ...args) => {
    const pattern = messages[key] ?? key;
    if (!/\{\d/.test(pattern)) return pattern;
    // Patterns with arguments are the server's MessageFormats too, where an apostrophe is written twice.
    return pattern.replace(/\{(\d+)\}/g, (_, i) => (args[i] ?? '')).replace(/''/g, "'");
  };
}
