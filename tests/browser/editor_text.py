"""Editing rich text in the page editor as a user does, for the browser tests."""

# Selects `text` inside the rich-text editor that contains it, as a user dragging over it would.
SELECT_TEXT_JS = """(text) => {
  for (const editor of document.querySelectorAll('[contenteditable="true"]')) {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const nodes = []; let all = '';
    while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.nodeValue; }
    const at = all.indexOf(text);
    if (at < 0) continue;
    const find = (offset) => { const [node, start] = nodes.filter(([, s]) => s <= offset).pop();
                               return [node, Math.min(offset - start, node.nodeValue.length)]; };
    editor.scrollIntoView({block: 'center'});
    editor.focus();
    const range = document.createRange();
    range.setStart(...find(at)); range.setEnd(...find(at + text.length));
    const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    return true;
  }
  return false;
}"""


SAVED_IN_FORM_JS = """(texts) => {
  const values = Array.from(document.querySelectorAll('form[data-edit-form] input[type=hidden]'), (i) => i.value);
  return texts.every((text) => values.some((value) => value.includes(text)));
}"""
