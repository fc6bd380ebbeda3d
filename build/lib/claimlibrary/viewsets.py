"""The approved-claims library in the admin: a listing everyone can read, add/edit for
Compliance reviewers (see `permissions`), with history. Saving goes through the library
services, so a new or changed claim is applied to (or withdrawn from) every page at once."""

from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, DateColumn, UserColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from claimlibrary import library
from claimlibrary.models import ApprovedClaim


class ApprovedClaimForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("references")
        if formset is not None and formset.is_valid():
            kept = [form.cleaned_data for form in formset.forms
                    if form.cleaned_data and not form.cleaned_data.get("DELETE")]
            if not any(data.get("doi") or data.get("pmid") or data.get("url") for data in kept):
                raise ValidationError("Add at least one substantiating reference with a DOI, PubMed id or URL.")
        return cleaned


class ApprovedClaimCreateView(generic.CreateView):
    def save_instance(self):
        self.form.instance.approved_by = self.request.user
        self.form.instance.approved_at = timezone.now()
        claim = super().save_instance()
        library.saved_in_admin(claim, self.request.user, created=True)
        return claim


class ApprovedClaimEditView(generic.EditView):
    def save_instance(self):
        references = self.form.formsets.get("references")
        if "text" in self.form.changed_data or (references is not None and references.has_changed()):
            # New wording or substantiation is a new approval, by whoever made it.
            self.form.instance.approved_by = self.request.user
            self.form.instance.approved_at = timezone.now()
        claim = super().save_instance()
        library.saved_in_admin(claim, self.request.user, created=False)
        return claim


class ApprovedClaimViewSet(ModelViewSet):
    model = ApprovedClaim
    icon = "tick-inverse"
    menu_label = "Approved claims"
    add_to_admin_menu = True
    menu_order = 310
    url_prefix = "claims/library"
    add_view_class = ApprovedClaimCreateView
    edit_view_class = ApprovedClaimEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    search_fields = ["text", "notes"]
    list_filter = ["active"]
    list_display = ["__str__", BooleanColumn("active"), UserColumn("approved_by"), DateColumn("approved_at")]
    edit_handler = ObjectList([
        FieldPanel("text"),
        InlinePanel("references", label="Substantiating reference", min_num=1, heading="Substantiating references"),
        FieldPanel("notes"),
        FieldPanel("active"),
    ], base_form_class=ApprovedClaimForm)


approved_claim_viewset = ApprovedClaimViewSet("claimlibrary_approvedclaim")
