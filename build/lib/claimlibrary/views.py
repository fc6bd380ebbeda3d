"""Admin views reachable from a finding (page id + fingerprint), for the editor's findings
panel to link to: cite a reference, approve the claim into the library, and near-match
suggestions as JSON. The work is done by the services in `citing` and `library`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from claimlibrary.citing import attach_reference
from claimlibrary.forms import ApproveClaimForm, AttachReferenceForm
from claimlibrary.library import approve_from_finding, is_library_finding
from claimlibrary.suggestions import suggest_approved_claims
from pages.models import ArticlePage
from review.checks import latest_run
from review.decisions import is_reviewer


def _page_and_finding(request, page_id: int, fingerprint: str):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, ArticlePage):
        raise Http404("Only articles have content findings.")
    if not page.permissions_for_user(request.user).can_edit() and not is_reviewer(request.user):
        raise PermissionDenied
    run = latest_run(page)
    finding = run.findings.filter(fingerprint=fingerprint).first() if run is not None else None
    if finding is None:
        raise Http404("This finding is not in the page's latest version any more.")
    return page, finding


class FindingActionView(WagtailAdminTemplateMixin, FormView):
    template_name = "claimlibrary/finding_form.html"
    header_icon = "doc-full"

    def dispatch(self, request, page_id, fingerprint):
        self.page, self.finding = _page_and_finding(request, page_id, fingerprint)
        self.content = self.page.get_latest_revision_as_object()
        self.references = list(self.content.references.all())
        return super().dispatch(request)

    def get_success_url(self):
        wanted = self.request.GET.get("next") or self.request.POST.get("next")
        if wanted and url_has_allowed_host_and_scheme(wanted, {self.request.get_host()}, self.request.is_secure()):
            return wanted
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items,
                {"url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]), "label": self.get_page_subtitle()},
                {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(page=self.page, finding=self.finding, action_url=self.request.get_full_path(),
                       next_url=self.get_success_url(), new_reference_heading=self.new_reference_heading,
                       submit_button_label=self.submit_button_label,
                       submit_button_active_label="Saving…")
        return context

    def form_valid(self, form):
        try:
            return self.act(form)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        except PermissionDenied as error:
            form.add_error(None, str(error) or "You may not do this.")
            return self.form_invalid(form)


class AttachReferenceView(FindingActionView):
    """Cite one of the article's references (or a new one) in the flagged sentence."""

    page_title = "Cite a reference"
    new_reference_heading = "New reference (when “A new reference” is chosen)"
    submit_button_label = "Insert citation and save draft"
    form_class = AttachReferenceForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "references": self.references}

    def act(self, form):
        attachment = attach_reference(self.page, self.finding, form.reference_value(), user=self.request.user)
        messages.success(self.request, f"Cited reference [{attachment.number}] “{attachment.reference.title}”: "
                                       f"“{attachment.sentence}”. A new draft was saved; it is not published.")
        return redirect(self.get_success_url())


class ApproveClaimView(FindingActionView):
    """Save the flagged claim sentence into the approved-claims library (reviewers only)."""

    page_title = "Approve claim for the library"
    new_reference_heading = "Another substantiating reference (optional)"
    submit_button_label = "Approve claim"
    form_class = ApproveClaimForm

    def dispatch(self, request, page_id, fingerprint):
        if not is_reviewer(request.user):
            raise PermissionDenied("Only Compliance reviewers can approve claims.")
        return super().dispatch(request, page_id, fingerprint)

    def get_form_kwargs(self):
        cited = set((self.finding.details or {}).get("references") or [])
        return {**super().get_form_kwargs(), "references": self.references, "cited": cited}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["suggestions"] = suggest_approved_claims(self.finding.sentence)
        context["library_finding"] = is_library_finding(self.finding)
        return context

    def act(self, form):
        claim = approve_from_finding(self.finding, self.request.user, form.substantiation(),
                                     notes=form.cleaned_data["notes"])
        messages.success(self.request, f"Claim #{claim.pk} is approved; the same claim is now accepted on every page.")
        return redirect(self.get_success_url())


def finding_suggestions(request, page_id: int, fingerprint: str):
    """Library claims like the finding's sentence: exact match (already accepted) first,
    then near matches with scores, which a reviewer may use but which are never applied."""
    _page, finding = _page_and_finding(request, page_id, fingerprint)
    return JsonResponse({
        "sentence": finding.sentence,
        "library_finding": is_library_finding(finding),
        "suggestions": [suggestion.as_dict() for suggestion in suggest_approved_claims(finding.sentence)],
    })
