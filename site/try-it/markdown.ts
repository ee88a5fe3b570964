// The Markdown renderReport writes (headings, pipe tables, bullet lists,
// block quotes, paragraphs) as HTML for the page. Only those forms: the
// report's Markdown has no others, and every text is escaped.

const escapeHtml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

// Table cells escape their pipes as `\|`.
const cellsOf = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll('\\|', '|'));

const isDivider = (row: string): boolean => /^\|(\s*:?-{3,}:?\s*\|)+$/.test(row.trim());

function table(rows: readonly string[]): string {
  const [head = '', divider = '', ...body] = rows;
  const right = cellsOf(divider).map((cell) => cell.endsWith(':'));
  const cell = (tag: 'th' | 'td', text: string, i: number) =>
    `<${tag}${right[i] === true ? ' class="number"' : ''}>${escapeHtml(text)}</${tag}>`;
  return [
    '<table>',
    `<thead><tr>${cellsOf(head)
      .map((text, i) => cell('th', text, i))
      .join('')}</tr></thead>`,
    '<tbody>',
    ...body.map(
      (row) =>
        `<tr>${cellsOf(row)
          .map((text, i) => cell('td', text, i))
          .join('')}</tr>`,
    ),
    '</tbody>',
    '</table>',
  ].join('');
}

/** The HTML of a report's Markdown, headings moved down by `shift` levels. */
export function reportMarkdownToHtml(markdown: string, shift = 0): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading !== null) {
      const level = Math.min(6, (heading[1] ?? '#').length + shift);
      out.push(`<h${level}>${escapeHtml(heading[2] ?? '')}</h${level}>`);
    } else if (line.startsWith('|') && isDivider(lines[i + 1] ?? '')) {
      const rows: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) rows.push(lines[i++] ?? '');
      i--;
      out.push(table(rows));
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('- '))
        items.push((lines[i++] ?? '').slice(2));
      i--;
      out.push(
        `<ul>${items.map((item) => `<li>${escapeHtml(item.replaceAll('\\|', '|'))}</li>`).join('')}</ul>`,
      );
    } else if (line.startsWith('> ')) {
      out.push(`<blockquote><p>${escapeHtml(line.slice(2))}</p></blockquote>`);
    } else if (line.trim() !== '') {
      out.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  return out.join('\n');
}
