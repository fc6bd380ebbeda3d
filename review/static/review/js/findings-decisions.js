/* Reviewers' decisions in the findings side panel, without a page reload (review/views.py).
 *
 * - A finding's own "Record decision" form and the "Decide on several findings" form (whose
 *   checkboxes sit on each finding) are sent with fetch, asking for JSON; the answer carries
 *   a message and the panel's new HTML, which replaces the panel in place.
 * - "Select all blocking" ticks every blocking finding this reviewer may decide on.
 * - Everything is a native control (checkbox, radio, button, textarea), so keyboard use is
 *   the browser's own; the outcome is announced in a status region (role=status, polite)
 *   kept just before the panel, and focus goes to the panel's heading after an update.
 * Without this script the forms still post and the editor reloads with a message.
 */
(() => {
  'use strict';

  const PANEL = '[data-review-findings]';
  const FORMS = '[data-review-bulk-form], [data-review-decision-form]';

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
    if (counter) counter.textContent = `${selected} of ${boxes.length} selected`;
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
    if (event.target.matches('[data-review-select]')) updateSelection(event.target.closest(PANEL));
  });
})();
