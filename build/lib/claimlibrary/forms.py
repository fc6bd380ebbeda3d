"""Forms of the finding actions: cite a reference, approve a claim into the library."""

from django import forms

from pages.models import ArticleReference

NEW = "new"
REFERENCE_FIELDS = ("authors", "title", "publisher", "year", "doi", "pmid", "url")


def _reference_label(number: int, reference) -> str:
    source = reference.doi and f"DOI {reference.doi}" or reference.pmid and f"PubMed {reference.pmid}" or reference.url
    return f"[{number}] {reference.title}" + (f" — {source}" if source else " — no DOI, PubMed id or link")


class NewReferenceFields(forms.Form):
    """The fields of a new reference (all optional here; the services validate a used one)."""

    authors = forms.CharField(required=False, max_length=500)
    title = forms.CharField(required=False, max_length=500)
    publisher = forms.CharField(label="Journal / publisher", required=False, max_length=255)
    year = forms.IntegerField(required=False, min_value=1500, max_value=2100)
    doi = forms.CharField(label="DOI", required=False, max_length=255, help_text="e.g. 10.1001/jama.2020.1234")
    pmid = forms.CharField(label="PubMed ID", required=False, max_length=12)
    url = forms.URLField(label="URL", required=False, max_length=1000, assume_scheme="https")

    def new_reference(self) -> dict | None:
        """The new reference's fields, or None when none were filled in."""
        fields = {name: self.cleaned_data.get(name) for name in REFERENCE_FIELDS}
        fields = {name: value for name, value in fields.items() if value not in (None, "")}
        return fields or None


class AttachReferenceForm(NewReferenceFields):
    reference = forms.ChoiceField(label="Cite", widget=forms.RadioSelect)

    field_order = ["reference", *REFERENCE_FIELDS]

    def __init__(self, *args, references: list[ArticleReference], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(str(n), _reference_label(n, ref)) for n, ref in enumerate(references, start=1)]
        self.fields["reference"].choices = [*choices, (NEW, "A new reference (fill in the fields below)")]
        self.fields["reference"].initial = choices[0][0] if choices else NEW

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reference") == NEW and not cleaned.get("title"):
            self.add_error("title", "Give the new reference's title.")
        return cleaned

    def reference_value(self) -> int | dict:
        """What `attach_reference` takes: a reference number or a new reference's fields."""
        choice = self.cleaned_data["reference"]
        return (self.new_reference() or {}) if choice == NEW else int(choice)


class ApproveClaimForm(NewReferenceFields):
    references = forms.MultipleChoiceField(label="Substantiating references from this article", required=False,
                                           widget=forms.CheckboxSelectMultiple)
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text="Scope and conditions of the approval, for other reviewers.")

    field_order = ["references", *REFERENCE_FIELDS, "notes"]

    def __init__(self, *args, references: list[ArticleReference], cited: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.page_references = references
        self.fields["references"].choices = [(str(n), _reference_label(n, r)) for n, r in enumerate(references, 1)]
        self.fields["references"].initial = [str(n) for n in sorted(cited)]

    def substantiation(self) -> list:
        """The chosen article references plus the new one, if any, for `approve_from_finding`."""
        chosen = [self.page_references[int(n) - 1] for n in self.cleaned_data["references"]]
        new = self.new_reference()
        return [*chosen, new] if new else chosen
