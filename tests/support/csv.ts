/**
 * An RFC 4180 reader for tests: turns CSV text back into rows of cells, so a
 * test checks what a spreadsheet would read, not how the writer spelled it.
 * Throws on text no conforming reader would accept (a stray quote, an
 * unterminated quoted cell, a bare LF between rows).
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && cell === '') {
      // A quoted cell: up to the closing quote; "" is one quote.
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('an unterminated quoted cell');
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a closing quote at ${i}`);
    } else if (char === ',') {
      endCell();
      i += 1;
    } else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i += 2;
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`a bare ${JSON.stringify(char)} in an unquoted cell at ${i}`);
    } else {
      cell += char;
      i += 1;
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('the last row has no CRLF');
  return rows;
}
