/** The host name a reader means by what they typed: `news.example.com`, or a pasted address. */
export function parseHost(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return undefined;
  }
  // A host name is labels of letters, digits and hyphens (IDNs arrive punycoded from URL).
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  if (host.length > 253 || !host.split('.').every((part) => label.test(part))) return undefined;
  return host;
}
