"""A local HTTP server that speaks LanguageTool's documented /v2/check protocol, for tests."""

import json
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# (pattern on the plain text, group to flag, rule id, category, issue type, replacement)
FAKE_RULES = [
    (re.compile(r"\b(?:he|she|it) (go)\b", re.I), 1, "HE_VERB_AGR", "GRAMMAR", "grammar", "goes"),
    (re.compile(r"\b(teh)\b"), 1, "TEH", "TYPOS", "typographical", "the"),
    (re.compile(r"\b(recieve)\b"), 1, "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "receive"),
    (re.compile(r"\b(in order to)\b"), 1, "IN_ORDER_TO", "STYLE", "style", "to"),
    (re.compile(r"\b(\w+) \1\b"), 0, "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication", None),
]


class FakeLanguageTool:
    """Implements POST /v2/check like LanguageTool: `text` or `data` (annotation), offsets in
    the original (text + markup) string, a maximum text length, and a switchable failure."""

    def __init__(self, max_text_length=20_000, port=0):
        self.max_text_length = max_text_length
        self.requests: list[dict] = []
        self.fail_with: int | None = None
        self.delay = 0.0  # seconds before answering
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                form = {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}
                owner.requests.append(form)
                time.sleep(owner.delay)
                status, payload = owner.answer(form)
                data = payload.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json" if status == 200 else "text/plain")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):  # /v2/languages: what a starting client polls until the server is up
                data = json.dumps([{"name": "English (US)", "code": "en", "longCode": "en-US"}]).encode()
                self.send_response(200 if self.path.startswith("/v2/languages") else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def answer(self, form):
        if self.fail_with:
            return self.fail_with, "Error: internal error in the fake server"
        if "language" not in form:
            return 400, "Error: Missing 'language' parameter"
        plain, origin = plain_text(form)
        if len(plain) > self.max_text_length:
            return 413, f"Error: Your text exceeds the limit of {self.max_text_length} characters"
        matches = []
        for pattern, group, rule_id, category, issue_type, replacement in FAKE_RULES:
            for match in pattern.finditer(plain):
                start, end = origin[match.start(group)], origin[match.end(group) - 1] + 1
                matches.append({
                    "message": f"Possible mistake: <suggestion>{replacement or ''}</suggestion>",
                    "replacements": [{"value": replacement}] if replacement else [],
                    "offset": start,
                    "length": end - start,
                    "rule": {"id": rule_id, "issueType": issue_type, "category": {"id": category, "name": category}},
                })
        return 200, json.dumps({"software": {"name": "FakeLanguageTool"}, "matches": matches})

    def plain_texts(self):
        return [plain_text(form)[0] for form in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def plain_text(form):
    """The text LanguageTool checks, and for each of its characters the offset in the original."""
    if "text" in form:
        return form["text"], list(range(len(form["text"])))
    plain, origin, position = [], [], 0
    for part in json.loads(form["data"])["annotation"]:
        if "text" in part:
            plain.append(part["text"])
            origin.extend(range(position, position + len(part["text"])))
            position += len(part["text"])
        else:
            shown = part.get("interpretAs", "")
            plain.append(shown)
            origin.extend([position] * len(shown))
            position += len(part["markup"])
    return "".join(plain), origin


if __name__ == "__main__":
    # Stands in for `java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port N`.
    FakeLanguageTool(port=int(sys.argv[sys.argv.index("--port") + 1]))
    threading.Event().wait()
