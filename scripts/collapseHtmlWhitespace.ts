// Collapses the indentation of Lit `html` templates in a source file: in the static text of every
// html`…` template (nested ones too), a line break and the spaces after it become one space. HTML
// renders runs of whitespace as one space outside <pre> and <textarea> content, which these
// templates never hold as static text, so the page is the same; the embeddable file is smaller.
// Everything else (code inside `${…}`, other templates, strings, comments) is copied unchanged.

export function collapseHtmlWhitespace(code: string): string {
  let out = '';
  let i = 0;

  // Copies code (not template text) up to the end of the input, or to the `}` that closes the
  // `${` it was called for when `inExpression`.
  function codeUntilClose(inExpression: boolean): void {
    let depth = 0;
    while (i < code.length) {
      const c = code[i];
      if (c === '/' && code[i + 1] === '/') {
        const end = code.indexOf('\n', i);
        const stop = end < 0 ? code.length : end;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '/' && code[i + 1] === '*') {
        const end = code.indexOf('*/', i + 2);
        const stop = end < 0 ? code.length : end + 2;
        out += code.slice(i, stop);
        i = stop;
      } else if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
        out += code.slice(i, j + 1);
        i = j + 1;
      } else if (c === '`') {
        const tagged = /\bhtml\s*$/.test(code.slice(Math.max(0, i - 12), i));
        out += c;
        i++;
        template(tagged);
      } else if (inExpression && c === '{') {
        depth++;
        out += c;
        i++;
      } else if (inExpression && c === '}') {
        if (depth === 0) return;
        depth--;
        out += c;
        i++;
      } else {
        out += c;
        i++;
      }
    }
  }

  // After an opening backtick: template text up to the closing backtick, with `${…}` as code.
  function template(collapse: boolean): void {
    let text = '';
    const flush = () => {
      out += collapse ? text.replace(/\n[ \t]*/g, ' ') : text;
      text = '';
    };
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += c;
        i++;
        return;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        codeUntilClose(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    flush();
  }

  codeUntilClose(false);
  return out;
}
