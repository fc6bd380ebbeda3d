/* Findings side panel of the article editor (review/panels.py).
 *
 * - "Show in editor" scrolls to the flagged text, selects it and outlines its field. A
 *   finding's origin is a block path such as "body.3.value", "body.4.items.2" or "title";
 *   the server adds the stream block's uuid, which is what Wagtail's editor uses as the
 *   block's data-contentpath (the same attribute Wagtail's comments use).
 * - Keeps the panel toggle's counter in step when autosave re-renders the panel.
 * - Refuses a one-click fix ("Use '…'") while the editor's form holds unsaved changes: the
 *   fix is saved from the page's latest revision and the editor reloads, which would throw
 *   the typed text away. Wagtail's `w-unsaved` controller on the edit form knows the state.
 */
(() => {
  'use strict';

  const PANEL = 'content-findings';
  const EDITABLE = 'input:not([type=hidden]), textarea, [contenteditable="true"]';

  function normalise(text) {
    return text.replace(/[\s\u00a0]+/g, ' ');
  }

  /* The field element of an origin: the nested data-contentpath chain, like Wagtail's comments. */
  function fieldFor(origin, blockId) {
    const parts = origin.split('.');
    if (parts[0] === 'references' && parts.length > 1) {
      // Reference N is the N-th form of the References inline panel.
      return document.getElementById(`inline_child_references-${parts[1]}`);
    }
    if (parts[0] !== 'body') {
      return document.querySelector(`[data-contentpath="${CSS.escape(parts[0])}"]`);
    }
    const block = blockId
      ? document.querySelector(`[data-contentpath="body"] [data-contentpath="${CSS.escape(blockId)}"]`)
      : null;
    if (!block || parts.length < 3) return block;
    const field = parts[2];
    if (field === 'value') return block;
    const child = block.querySelector(`[data-contentpath="${CSS.escape(field)}"]`) || block;
    if (field === 'items' && parts.length > 3) {
      const editors = child.querySelectorAll(EDITABLE);
      return editors[Number(parts[3])] || child;
    }
    return child;
  }

  function showTabOf(element) {
    const panel = element.closest('[role="tabpanel"]');
    if (panel && panel.hidden) {
      const tab = document.querySelector(`[role="tab"][aria-controls="${CSS.escape(panel.id)}"]`);
      if (tab) tab.click();
    }
  }

  function expandCollapsed(element) {
    let node = element.parentElement;
    while (node) {
      if (node.hidden && node.id) {
        const toggle = document.querySelector(`[aria-controls~="${CSS.escape(node.id)}"][aria-expanded="false"]`);
        if (toggle) toggle.click();
      }
      node = node.parentElement;
    }
  }

  function selectInInput(input, excerpt) {
    const at = normalise(input.value).indexOf(normalise(excerpt));
    input.focus({ preventScroll: true });
    if (at >= 0) input.setSelectionRange(at, at + excerpt.length);
  }

  function selectInEditable(editable, excerpt) {
    const walker = document.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.nodeValue;
    }
    const at = normalise(text).indexOf(normalise(excerpt));
    if (at < 0) return false;
    const locate = (offset) => {
      const hit = nodes.filter((entry) => entry.start <= offset).pop();
      return [hit.node, Math.min(offset - hit.start, hit.node.nodeValue.length)];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + excerpt.length));
    editable.focus({ preventScroll: true });
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  }

  function locate(button) {
    const { reviewOrigin: origin, reviewBlockId: blockId, reviewExcerpt: excerpt } = button.dataset;
    const field = fieldFor(origin, blockId);
    if (!field) {
      button.setAttribute('aria-disabled', 'true');
      button.title = 'This text is not in the form (it may have been removed); save to re-check.';
      return;
    }
    showTabOf(field);
    expandCollapsed(field);
    const editors = field.matches(EDITABLE) ? [field] : Array.from(field.querySelectorAll(EDITABLE));
    const target =
      editors.find((editor) => normalise(editor.value ?? editor.textContent).includes(normalise(excerpt))) ||
      editors[0] ||
      field;
    const outlined = target.closest('[data-contentpath]') || target;
    outlined.scrollIntoView({ block: 'center', behavior: 'smooth' });
    document.querySelectorAll('.review-highlight').forEach((node) => node.classList.remove('review-highlight'));
    outlined.classList.add('review-highlight');
    if (target.matches('input, textarea')) selectInInput(target, excerpt);
    else if (target.isContentEditable) selectInEditable(target, excerpt);
    window.setTimeout(() => outlined.classList.remove('review-highlight'), 4000);
  }

  /* True when the edit form differs from what was loaded or last saved (Wagtail's w-unsaved). */
  function editorHasUnsavedChanges() {
    const form = document.querySelector('form[data-edit-form]');
    if (!form) return false;
    const unsaved = window.wagtail?.app?.getControllerForElementAndIdentifier(form, 'w-unsaved');
    if (unsaved) {
      unsaved.check(); // compare now rather than at its next interval
      return Boolean(unsaved.hasEditsValue || unsaved.forceValue);
    }
    return form.dataset.wUnsavedHasEditsValue === 'true' || form.dataset.wUnsavedForceValue === 'true';
  }

  function refuseApply(button) {
    const form = button.closest('form');
    let note = form.querySelector('[data-review-apply-refused]');
    if (!note) {
      note = document.createElement('p');
      note.className = 'review-finding__hint review-finding__hint--warning';
      note.setAttribute('data-review-apply-refused', '');
      note.setAttribute('role', 'alert');
      form.append(note);
    }
    note.textContent = 'You have unsaved changes. Save the draft first, then use this suggestion, '
      + 'so your typing is kept.';
  }

  function syncCounter() {
    const panel = document.querySelector('[data-review-findings]');
    const counter = document.querySelector(
      `[data-side-panel-toggle="${PANEL}"] [data-side-panel-toggle-counter]`,
    );
    if (!panel || !counter) return;
    const count = Number(panel.dataset.reviewCount || 0);
    counter.textContent = String(count);
    counter.hidden = count === 0;
    counter.classList.toggle('w-bg-critical-200', Number(panel.dataset.reviewBlocking || 0) > 0);
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-review-locate]');
    if (button) {
      event.preventDefault();
      locate(button);
    }
  });

  document.addEventListener('submit', (event) => {
    const button = event.target.querySelector('[data-review-apply]');
    if (button && editorHasUnsavedChanges()) {
      event.preventDefault();
      refuseApply(button);
    }
  }, true);

  function start() {
    syncCounter();
    const container = document.querySelector(`[data-side-panel="${PANEL}"]`);
    if (container) new MutationObserver(syncCounter).observe(container, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
