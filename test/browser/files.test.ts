import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import { registerIngest } from '../../src/components/ingestLoader.js';
import { seedDocument } from './helpers.js';

// As the app does: corpora are mapped by the ingest core, loaded on first use.
registerIngest(async () => (await import('../../src/ingest/browser.js')).ingestFiles);

const BIB = `@inproceedings{rajpurkar2016,
  title = {{SQuAD}: 100,000+ Questions for Machine Comprehension of Text},
  author = {Rajpurkar, Pranav and Zhang, Jian and Lopyrev, Konstantin and Liang, Percy},
  year = {2016},
  abstract = {We present the Stanford Question Answering Dataset (SQuAD), a new reading comprehension dataset. We fine-tune BERT on it.}
}
@article{muller2020,
  title = {Stra{\\ss}e und M{\\"u}ller -- a study of <b>markup</b>},
  author = {M{\\"u}ller, J{\\"o}rg},
  year = 2020,
  abstract = {Results on SQuAD and the CoQA benchmark improve.}
}
`;

async function openMap(): Promise<ConceptMap> {
  const el = await fixture<ConceptMap>(html`<concept-map files style="height:600px;display:block"></concept-map>`);
  el.graph = await seedDocument();
  await el.updateComplete;
  return el;
}

const notice = (el: ConceptMap): HTMLElement | null => el.shadowRoot!.querySelector('.file-notice');

describe('<concept-map files>: opening a reader’s own files', () => {
  it('maps a BibTeX corpus in the page and shows it, its entities found', async () => {
    const el = await openMap();
    el.selected = 'paper:reka-core-flash-edge';
    await el.updateComplete;
    await el.openFiles([new File([BIB], 'reading.bib')]);
    await el.updateComplete;
    const doc = el.index!.document;
    expect(doc.title).to.equal('reading');
    const papers = doc.nodes.filter((n) => n.kind === 'paper');
    expect(papers.map((p) => [p.id, p.label, p.authors])).to.deep.equal([
      ['paper:rajpurkar2016', 'SQuAD (2016)', ['Pranav Rajpurkar', 'Jian Zhang', 'Konstantin Lopyrev', 'Percy Liang']],
      ['paper:muller2020', 'Straße und Müller – a study of…', ['Jörg Müller']],
    ]);
    expect(doc.nodes.filter((n) => n.kind !== 'paper').map((n) => n.id)).to.deep.equal(['benchmark:squad', 'benchmark:coqa', 'model:bert']);
    expect(el.selected).to.equal(null);
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(notice(el)!.textContent).to.contain('Mapped reading.bib: 2 papers, 3 other nodes');
    el.selected = 'paper:muller2020';
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('concept-panel')!;
    await panel.updateComplete;
    // Corpus text is text: the title's markup is shown, not parsed.
    expect(panel.shadowRoot!.querySelector('b')).to.equal(null);
    expect(panel.shadowRoot!.textContent).to.contain('a study of <b>markup</b>');
  });

  it('lists every problem of a malformed file with its line, and keeps the map on screen', async () => {
    const el = await openMap();
    await el.openFiles([new File(['{"abstract": "One."}\n{"abstract": "Two.",}\n'], 'bad.jsonl')]);
    await el.updateComplete;
    expect(el.index!.document.title).to.equal('LLM research: a seed concept map');
    const box = notice(el)!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'bad.jsonl:2: not valid JSON at column 21: expected double-quoted property name',
    ]);
    (box.querySelector('.dismiss') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
  });

  it('shows a concept-map document as it is, and says where an invalid one breaks', async () => {
    const el = await openMap();
    const doc = await seedDocument();
    doc.title = 'My saved map';
    await el.openFiles([new File([JSON.stringify(doc)], 'saved.json')]);
    await el.updateComplete;
    expect(el.index!.document.title).to.equal('My saved map');
    (doc.nodes[0] as unknown as { year: string }).year = 'soon';
    await el.openFiles([new File([JSON.stringify(doc)], 'broken.json')]);
    await el.updateComplete;
    expect(el.index!.document.title).to.equal('My saved map');
    expect(el.shadowRoot!.querySelector('.error[role="alert"]')!.textContent).to.contain('(in broken.json)');
  });

  it('opens a file dropped on the map', async () => {
    const el = await openMap();
    const shell = el.shadowRoot!.querySelector('.shell')!;
    const data = new DataTransfer();
    data.items.add(new File(['We evaluate on the MNIST and SVHN datasets.\n'], 'list.txt'));
    shell.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.dropzone')).not.to.equal(null);
    shell.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.dropzone')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await el.updateComplete;
    expect(el.index!.document.title).to.equal('list');
    expect(el.index!.document.nodes.map((n) => n.label)).to.deep.equal(['We evaluate on the MNIST and SVHN…', 'MNIST', 'SVHN']);
  });

  it('downloads the map on display as JSON named after its title', async () => {
    const el = await openMap();
    let saved: { href: string; name: string } | null = null;
    const catcher = (e: Event): void => {
      const a = e.target as HTMLAnchorElement;
      if (a.download) {
        e.preventDefault();
        saved = { href: a.href, name: a.download };
      }
    };
    document.addEventListener('click', catcher, true);
    (el.shadowRoot!.querySelector('.menu-button') as HTMLButtonElement).click();
    await el.updateComplete;
    const item = [...el.shadowRoot!.querySelectorAll('[role="menuitem"]')].find((b) => b.textContent === 'Download map (.json)') as HTMLButtonElement;
    item.click();
    document.removeEventListener('click', catcher, true);
    expect(saved!.name).to.equal('llm-research-a-seed-concept-map.json');
    const text = await (await fetch(saved!.href)).text();
    expect(JSON.parse(text)).to.deep.equal(el.index!.document);
  });

  it('keeps its file and export actions in a menu a keyboard can walk', async () => {
    const el = await openMap();
    const root = el.shadowRoot!;
    const button = root.querySelector('.menu-button') as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const focused = (): string => (root.activeElement as HTMLElement | null)?.textContent ?? '';
    expect(focused()).to.equal('Open a corpus or map…');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(focused()).to.equal('Download map (.json)');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    expect(focused()).to.equal('Export every step of “LLM research in eleven papers” as PNG');
    root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root.activeElement).to.equal(button);
  });

  it('offers no file actions without the files attribute', async () => {
    const el = await fixture<ConceptMap>(html`<concept-map style="height:400px;display:block"></concept-map>`);
    el.graph = await seedDocument();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input[type="file"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.menu-button')).to.equal(null);
  });
});
