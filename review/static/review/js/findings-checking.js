/* The findings side panel while the latest version's check is queued or running.
 *
 * The panel then holds a `data-review-checking` element naming a status URL
 * (review.views.check_status). Every second, this asks it whether the check is done and then
 * puts the panel's new HTML in place of the old: no page reload. Autosave re-renders the panel
 * (and a new "Checking…" with it), so the element is looked up afresh each time.
 */
(() => {
  'use strict';

  const INTERVAL_MS = 1000;
  let asking = false;

  async function poll() {
    const checking = document.querySelector('[data-review-checking]');
    if (!checking || asking) return;
    asking = true;
    try {
      const reply = await fetch(checking.dataset.reviewStatusUrl, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (!reply.ok) return;
      const status = await reply.json();
      const panel = checking.closest('[data-review-findings]');
      if (!status.checking && panel && panel.isConnected) {
        const holder = document.createElement('div');
        holder.innerHTML = status.html;
        const fresh = holder.querySelector('[data-review-findings]');
        if (fresh) panel.replaceWith(fresh);
      }
    } catch (error) {
      // Offline or the server restarting: ask again on the next tick.
    } finally {
      asking = false;
    }
  }

  setInterval(poll, INTERVAL_MS);
})();
