"""What `load_demo` builds. Article bodies are HTML files beside this module, imported with the
same importer as `import_article`; links in them are site paths such as /health/acne/."""

SITE_TITLE = "Health CMS"
INDEX = {
    "title": "Health A–Z",
    "slug": "health",
    "intro": "<p>Clear, reviewed information about common conditions.</p>",
}
HOME_INTRO = "<p>Health information written by our editors and checked by clinicians before it is published.</p>"
CONTACT = {
    "title": "Contact",
    "slug": "contact",
    "body": (
        "<p>Questions about an article, or spotted something that looks wrong? Email "
        '<a href="mailto:editors@example.org">editors@example.org</a>.</p>'
        "<p>We cannot give personal medical advice. If you are unwell, contact your doctor or local health service.</p>"
    ),
}
REVIEWER = "Dr Demo Reviewer, MRCGP (demo data)"

# Published articles (every one has reviewer, review date and references), in publishing order:
# an article is published after the articles it links to, because the pre-publish gate refuses
# a link to a page that is not live yet.
ARTICLES = [
    {
        "file": "isotretinoin.html",
        "slug": "isotretinoin",
        "summary": "How isotretinoin for severe acne is taken, its common side effects and pregnancy precautions.",
        "tags": ["acne", "medicines"],
        "reviewed_days_ago": 45,
    },
    {
        "file": "scabies.html",
        "slug": "scabies",
        "summary": "Symptoms of scabies and how the whole household is treated.",
        "tags": ["skin", "infections"],
        "reviewed_days_ago": 60,
    },
    {
        "file": "health_scams.html",
        "slug": "health-scams",
        "summary": "Warning signs of health products that promise more than they can deliver.",
        "tags": ["consumer health"],
        "reviewed_days_ago": 90,
    },
    {
        "file": "acne.html",
        "slug": "acne",
        "summary": "What causes acne, which treatments help, and when to get help.",
        "tags": ["acne", "skin"],
        "reviewed_days_ago": 30,
    },
]

# Imported from another CMS as it was pasted (copy errors, unsupported claims, a broken link and
# a call to action without a link), so it stays a draft for the pre-publish checks to flag.
DRAFT_ARTICLE = {"file": "accutane_immune.html", "tags": ["acne", "medicines"]}
