/**
 * The report's only script: the item drill-down. Plain browser JavaScript, shipped as written (it
 * is hashed into the Content-Security-Policy, so it must be byte-for-byte what the page carries).
 * It reads the embedded JSON (layouts: `ItemRow` and `TextRow` in item-data.ts), filters it in
 * memory and renders one page of rows at a time, so 100,000 items stay responsive. Data only ever
 * reaches the page through `textContent`; nothing from the report is written as markup. It starts
 * after the first paint, so the verdict shows before the items are parsed, and parses the texts
 * (most of a large report) only once the filters work, or when a search or an opened item needs them.
 */
export const clientScript = `(() => {
  'use strict';
  const source = document.getElementById('fixfirst-items');
  const body = document.getElementById('items-body');
  if (!source || !body) return;
  let textSource = document.getElementById('fixfirst-texts');
  let textRows = null;
  const status = document.getElementById('items-status');
  const classSelect = document.getElementById('filter-class');
  const checkSelect = document.getElementById('filter-check');
  const tagSelect = document.getElementById('filter-tag');
  const textInput = document.getElementById('filter-text');
  const previous = document.getElementById('page-previous');
  const next = document.getElementById('page-next');
  const pageLabel = document.getElementById('page-label');
  const pageSize = 50;
  let data = null;
  let matches = [];
  let page = 0;
  let expanded = -1;
  let haystacks = null;
  let passIndex = 0;

  const number = (value) => value.toLocaleString('en-US');
  const clip = (text, length) => (text.length > length ? text.slice(0, length - 1) + '…' : text);

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function checkOf(failure) {
    return data.checks[failure[0]] || { id: '?', category: '?' };
  }

  function ensureTexts() {
    if (textRows !== null || !textSource) return;
    textRows = JSON.parse(textSource.textContent);
    textSource.remove();
    textSource = null;
  }

  function buildHaystacks() {
    ensureTexts();
    haystacks = data.items.map((row, index) => {
      const parts = [row[0], row[6]];
      for (const failure of row[7]) parts.push(checkOf(failure).id, failure[2]);
      const tags = row[9];
      if (tags) for (const key of Object.keys(tags)) parts.push(key, String(tags[key]));
      const text = textRows && textRows[index];
      if (text) parts.push(text[0], text[1], text[2]);
      return parts.join('\\n').toLowerCase();
    });
  }

  function apply() {
    const items = data.items;
    const wantedClass = classSelect.value;
    const classIndex = data.classes.indexOf(wantedClass);
    const check = checkSelect.value;
    const checkIndex = check.startsWith('check:') ? Number(check.slice(6)) : -1;
    const category = check.startsWith('category:') ? check.slice(9) : null;
    let tagKey = null;
    let tagValue = null;
    if (tagSelect.value) {
      const pair = JSON.parse(tagSelect.value);
      tagKey = pair[0];
      tagValue = pair[1];
    }
    const query = textInput.value.trim().toLowerCase();
    if (query && haystacks === null) buildHaystacks();
    const found = [];
    for (let index = 0; index < items.length; index++) {
      const row = items[index];
      if (wantedClass === 'failing') {
        if (row[2] === passIndex) continue;
      } else if (wantedClass === 'foundation') {
        if (!(row[3] & 1)) continue;
      } else if (classIndex >= 0 && row[2] !== classIndex) continue;
      if (checkIndex >= 0 && !row[7].some((failure) => failure[0] === checkIndex)) continue;
      if (category !== null && !row[7].some((failure) => checkOf(failure).category === category)) continue;
      if (tagKey !== null) {
        const tags = row[9];
        if (!tags || !Object.prototype.hasOwnProperty.call(tags, tagKey) || String(tags[tagKey]) !== tagValue) continue;
      }
      if (query && haystacks[index].indexOf(query) === -1) continue;
      found.push(index);
    }
    matches = found;
    expanded = -1;
    render();
  }

  function why(row) {
    for (const failure of row[7]) if (failure[2]) return checkOf(failure).id + ': ' + failure[2];
    if (row[6]) return row[6];
    if (row[2] === passIndex) return '';
    return row[3] & 4 ? 'right after normalisation, wrong as written' : 'wrong answer';
  }

  function tagsText(row) {
    const tags = row[9];
    if (!tags) return '';
    return Object.keys(tags).map((key) => key + '=' + String(tags[key])).join(' · ');
  }

  function summaryRow(index) {
    const row = data.items[index];
    const tr = element('tr', 'item-row');
    tr.dataset.index = String(index);
    const idCell = element('td', 'item-id');
    const button = element('button', 'item-toggle', clip(row[0], 80));
    button.type = 'button';
    button.title = row[0];
    button.setAttribute('aria-expanded', index === expanded ? 'true' : 'false');
    idCell.appendChild(button);
    idCell.appendChild(element('span', 'item-line', 'line ' + row[1]));
    tr.appendChild(idCell);
    const className = data.classes[row[2]] || '?';
    const classCell = element('td', 'item-class');
    classCell.appendChild(element('span', 'pill pill-class-' + className, className));
    if (row[3] & 1) classCell.appendChild(element('span', 'pill pill-class-foundation', 'foundation'));
    tr.appendChild(classCell);
    tr.appendChild(element('td', 'item-checks', row[7].map((failure) => checkOf(failure).id).join(', ') || '—'));
    tr.appendChild(element('td', 'item-why', clip(why(row), 160)));
    tr.appendChild(element('td', 'item-tags', tagsText(row)));
    return tr;
  }

  function fact(list, term, value) {
    const wrapper = element('div');
    wrapper.appendChild(element('dt', '', term));
    wrapper.appendChild(element('dd', '', value));
    list.appendChild(wrapper);
  }

  function textBox(title, text, clipped) {
    const box = element('div', 'text-box');
    box.appendChild(element('h4', '', clipped ? title + ' (clipped)' : title));
    box.appendChild(element('pre', text === '' ? 'muted' : '', text === '' ? '(empty)' : text));
    return box;
  }

  function detailRow(index) {
    const row = data.items[index];
    const tr = element('tr', 'item-detail');
    const cell = element('td');
    cell.colSpan = 5;
    const facts = element('dl', 'detail-facts');
    fact(facts, 'Id', row[0]);
    fact(facts, 'Line', String(row[1]));
    fact(facts, 'Strict', row[3] & 2 ? 'correct' : 'wrong');
    fact(facts, 'Lenient', row[3] & 4 ? 'correct' : 'wrong');
    fact(facts, 'Contract', row[3] & 8 ? 'met' : row[3] & 16 ? 'met loosely' : 'broken');
    fact(facts, 'Gold passage', row[4] === 1 ? 'in the prompt' : row[4] === 0 ? 'missing' : 'unknown');
    fact(facts, 'Score', String(row[5]));
    if (row[6]) fact(facts, 'Scorer says', row[6]);
    const tags = tagsText(row);
    if (tags) fact(facts, 'Tags', tags);
    cell.appendChild(facts);
    if (row[7].length > 0) {
      cell.appendChild(element('h4', '', 'Failed checks'));
      const list = element('ul', 'detail-checks');
      for (const failure of row[7]) {
        const check = checkOf(failure);
        const item = element('li');
        item.appendChild(element('code', '', check.id));
        item.appendChild(element('span', 'muted', ' ' + check.category + (failure[1] ? ' · passes loosely' : '')));
        if (failure[2]) item.appendChild(element('span', '', ' — ' + failure[2]));
        list.appendChild(item);
      }
      cell.appendChild(list);
    }
    ensureTexts();
    const text = textRows && textRows[index];
    if (text) {
      const texts = element('div', 'texts');
      texts.appendChild(textBox('Input', text[0], text[3] & 1));
      texts.appendChild(textBox('Output', text[1], text[3] & 2));
      texts.appendChild(textBox('Reference', text[2], text[3] & 4));
      cell.appendChild(texts);
    } else {
      cell.appendChild(element('p', 'muted', 'Input, output and reference are not embedded in this report.'));
    }
    tr.appendChild(cell);
    return tr;
  }

  function render() {
    const total = matches.length;
    const pages = Math.max(1, Math.ceil(total / pageSize));
    if (page >= pages) page = pages - 1;
    const first = page * pageSize;
    const shown = matches.slice(first, first + pageSize);
    const fragment = document.createDocumentFragment();
    for (const index of shown) {
      fragment.appendChild(summaryRow(index));
      if (index === expanded) fragment.appendChild(detailRow(index));
    }
    body.replaceChildren(fragment);
    status.textContent =
      total === 0
        ? 'No item matches these filters.'
        : 'Showing ' + number(first + 1) + '–' + number(first + shown.length) + ' of ' + number(total) +
          ' matching items (' + number(data.items.length) + ' in all).';
    pageLabel.textContent = 'Page ' + number(page + 1) + ' of ' + number(pages);
    previous.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  function start() {
    data = JSON.parse(source.textContent);
    source.remove();
    passIndex = data.classes.indexOf('pass');
    for (const select of [classSelect, checkSelect, tagSelect]) {
      select.addEventListener('change', () => {
        page = 0;
        apply();
      });
    }
    let timer = 0;
    textInput.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        page = 0;
        apply();
      }, 120);
    });
    previous.addEventListener('click', () => {
      if (page > 0) {
        page--;
        render();
      }
    });
    next.addEventListener('click', () => {
      if ((page + 1) * pageSize < matches.length) {
        page++;
        render();
      }
    });
    body.addEventListener('click', (event) => {
      const row = event.target.closest('tr.item-row');
      if (!row) return;
      const index = Number(row.dataset.index);
      expanded = expanded === index ? -1 : index;
      render();
      const again = body.querySelector('tr.item-row[data-index="' + index + '"] button');
      if (again) again.focus();
    });
    apply();
    document.body.dataset.items = 'ready';
    performance.mark('fixfirst-items-ready');
    // The filters work now; the texts are parsed when the page is idle (or sooner, on demand).
    const idle = window.requestIdleCallback
      ? (callback) => window.requestIdleCallback(callback, { timeout: 2000 })
      : (callback) => setTimeout(callback, 200);
    idle(() => {
      try {
        ensureTexts();
        document.body.dataset.texts = 'ready';
        performance.mark('fixfirst-texts-ready');
        // Then the search index, so the first search does not pay for it.
        idle(() => {
          if (haystacks === null) buildHaystacks();
        });
      } catch (error) {
        status.textContent = 'The item texts could not be loaded: ' + (error && error.message ? error.message : String(error));
      }
    });
  }

  requestAnimationFrame(() =>
    setTimeout(() => {
      try {
        start();
      } catch (error) {
        status.textContent = 'The items could not be loaded: ' + (error && error.message ? error.message : String(error));
        document.body.dataset.items = 'failed';
      }
    }, 0),
  );
})();
`;
