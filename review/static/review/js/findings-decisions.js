/* Reviewers' decisions in the findings side panel, without a page reload (review/views.py).
 *
 * - A finding's own "Record decision" form and the "Decide on several findings" form (whose
 *   checkboxes sit on each finding) are sent with fetch, asking for JSON; the answer carries
 *   a message and the panel's new HTML, which replaces the panel in place.
 * - "Select all blocking" ticks every blocking finding this reviewer may decide on.
 * - Everything is a native control (checkbox, radio, button, textarea), so keyboard use is
 *   the browser's own; the outcome is announced in a status region (role=status, polite)
 *   kept just before the panel, and focus goes to the panel's heading after an update.
 * - Autosave re-renders the side panels: what the reviewer has started (an open "Decide…",
 *   the chosen decision, the typed reason, ticked findings, the focused field) is kept.
 * Without this script the forms still post and the editor reloads with a message.
 */
(() => {
  'use strict';

  const PANEL = '[data-review-findings]';
  const FORMS = '[data-review-bulk-form], [data-review-decision-form]';
  const BULK = 'bulk';

  // The reviewer's unfinished input, by finding fingerprint (or BULK for the bulk form).
  const started = { open: new Set(), forms: new Map(), selected: new Set(), focusedId: '' };

  function formKey(form) {
    return form.matches('[data-review-bulk-form]') ? BULK : form.closest('[data-review-finding]')?.dataset.reviewFinding;
  }

  function formFor(panel, key) {
    if (key === BULK) return panel.querySelector('[data-review-bulk-form]');
    return panel.querySelector(`[data-review-finding="${CSS.escape(key)}"] [data-review-decision-form]`);
  }

  function remember(event) {
    const target = event.target;
    if (!target.closest(PANEL)) return;
    if (target.matches('[data-review-select]')) {
      if (target.checked) started.selected.add(target.value);
      else started.selected.delete(target.value);
      return;
    }
    const form = target.closest(FORMS);
    if (!form || !['decision', 'reason'].includes(target.name)) return;
    const key = formKey(form);
    started.forms.set(key, { ...started.forms.get(key), [target.name]: target.value });
  }

  function forget(keys) {
    keys.forEach((key) => {
      started.open.delete(key);
      started.forms.delete(key);
      started.selected.delete(key);
    });
  }

  function restore(panel) {
    panel.querySelectorAll('[data-review-select]').forEach((box) => {
      if (started.selected.has(box.value)) box.checked = true;
    });
    started.open.forEach((key) => {
      const details = panel.querySelector(`[data-review-finding="${CSS.escape(key)}"] details`);
      if (details && !details.open) details.open = true;
    });
    started.forms.forEach((entry, key) => {
      const form = formFor(panel, key);
      if (!form) return;
      const radio = entry.decision && form.querySelector(`input[name=decision][value="${CSS.escape(entry.decision)}"]`);
      if (radio) radio.checked = true;
      if (entry.reason !== undefined && form.elements.reason) form.elements.reason.value = entry.reason;
    });
    updateSelection(panel);
    const focused = started.focusedId && document.getElementById(started.focusedId);
    if (focused && panel.contains(focused) && document.activeElement === document.body) focused.focus();
  }

  function statusRegion(panel) {
    let region = document.querySelector('[data-review-decision-status]');
    if (!region || !region.isConnected) {
      region = document.createElement('p');
      region.className = 'review-findings__status';
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      region.setAttribute('data-review-decision-status', '');
      panel.before(region);
    }
    return region;
  }

  function announce(panel, text, failed) {
    const region = statusRegion(panel);
    region.classList.toggle('review-findings__status--error', Boolean(failed));
    region.textContent = text;
  }

  function updateSelection(panel) {
    const boxes = panel.querySelectorAll('[data-review-select]');
    const selected = panel.querySelectorAll('[data-review-select]:checked').length;
    const counter = panel.querySelector('[data-review-selected-count]');
    const text = `${selected} of ${boxes.length} selected`;
    if (counter && counter.textContent !== text) counter.textContent = text;
  }

  function replacePanel(panel, html) {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    const fresh = template.content.firstElementChild;
    panel.replaceWith(fresh);
    return fresh;
  }

  async function send(form) {
    const panel = form.closest(PANEL);
    const body = new FormData(form);
    const finding = form.closest('[data-review-finding]');
    if (finding) body.append('fingerprint', finding.dataset.reviewFinding);
    if (!body.getAll('fingerprint').length) {
      announce(panel, 'Select the findings to decide on first.', true);
      return;
    }
    const submit = form.querySelector('[type=submit]');
    submit.disabled = true;
    panel.setAttribute('aria-busy', 'true');
    announce(panel, 'Recording the decision…');
    let response;
    let payload;
    try {
      response = await fetch(panel.dataset.reviewDecideUrl, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-CSRFToken': body.get('csrfmiddlewaretoken') },
      });
      payload = await response.json();
    } catch (error) {
      payload = { message: 'The decision could not be sent. Check the connection and try again.' };
    }
    if (!response || !response.ok) {
      submit.disabled = false;
      panel.removeAttribute('aria-busy');
      announce(panel, payload.message, true);
      return;
    }
    forget(form.matches('[data-review-bulk-form]') ? [BULK, ...payload.decided] : payload.decided);
    const fresh = replacePanel(panel, payload.panel);
    announce(fresh, payload.message);
    fresh.querySelector('[data-review-heading]')?.focus();
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!form.matches(FORMS) || !form.closest(PANEL)) return;
    event.preventDefault();
    send(form);
  });

  document.addEventListener('click', (event) => {
    const panel = event.target.closest(PANEL);
    if (!panel) return;
    const summary = event.target.closest('.review-finding__decide > summary');
    if (summary) {
      const key = summary.closest('[data-review-finding]').dataset.reviewFinding;
      if (summary.parentElement.open) started.open.delete(key); // this click closes it
      else started.open.add(key);
      return;
    }
    if (event.target.closest('[data-review-select-all-blocking]')) {
      panel.querySelectorAll('[data-review-select][data-review-blocking]').forEach((box) => { box.checked = true; });
    } else if (event.target.closest('[data-review-select-none]')) {
      panel.querySelectorAll('[data-review-select]').forEach((box) => { box.checked = false; });
    } else {
      return;
    }
    updateSelection(panel);
    announce(panel, panel.querySelector('[data-review-selected-count]')?.textContent || '');
  });

  document.addEventListener('change', (event) => {
    remember(event);
    if (event.target.matches('[data-review-select]')) updateSelection(event.target.closest(PANEL));
  });
  document.addEventListener('input', remember);
  document.addEventListener('focusin', (event) => {
    if (event.target.closest(PANEL) && event.target.id) started.focusedId = event.target.id;
  });

  function start() {
    const container = document.querySelector('[data-side-panel="content-findings"]');
    if (!container) return;
    new MutationObserver(() => {
      const panel = container.querySelector(PANEL);
      if (panel) restore(panel);
    }).observe(container, { childList: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
