"""The editor's Content findings side panel, as the browser tests open it."""

PANEL = '[data-side-panel="content-findings"]'


def open_findings(page):
    toggle = page.locator('[data-side-panel-toggle="content-findings"]')
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    panel = page.locator(PANEL)
    panel.wait_for(state="visible")
    return panel
