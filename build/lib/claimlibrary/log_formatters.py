"""How the library's actions read in a page's or claim's history (Wagtail's audit log)."""

from wagtail.log_actions import LogFormatter

from claimlibrary.citing import ATTACH_ACTION
from claimlibrary.library import APPROVE_ACTION, AUTO_APPROVE_ACTION, DEACTIVATE_ACTION, WITHDRAW_ACTION
from review.log_formatters import FindingDecisionFormatter


class ClaimApproved(LogFormatter):
    label = "Approve claim for the library"

    def format_message(self, log_entry):
        return f"Approved claim #{log_entry.data.get('claim_id')}: “{log_entry.data.get('text', '')}”"


class ClaimDeactivated(LogFormatter):
    label = "Deactivate approved claim"

    def format_message(self, log_entry):
        return f"Deactivated approved claim #{log_entry.data.get('claim_id')}"

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


class AutomaticApproval(FindingDecisionFormatter):
    label = "Approve content finding automatically (approved claim)"
    verb = "Automatically approved"


class AutomaticApprovalWithdrawn(FindingDecisionFormatter):
    label = "Withdraw automatic approval (approved claim changed)"
    verb = "Withdrew the automatic approval of"


class ReferenceAttached(LogFormatter):
    label = "Cite a reference for a claim"

    def format_message(self, log_entry):
        reference = log_entry.data.get("reference", {})
        added = " (added to the references)" if log_entry.data.get("created") else ""
        return f"Cited reference [{reference.get('number')}] “{reference.get('title', '')}”{added}"

    def format_comment(self, log_entry):
        return log_entry.data.get("sentence", "")


FORMATTERS = {
    APPROVE_ACTION: ClaimApproved,
    DEACTIVATE_ACTION: ClaimDeactivated,
    AUTO_APPROVE_ACTION: AutomaticApproval,
    WITHDRAW_ACTION: AutomaticApprovalWithdrawn,
    ATTACH_ACTION: ReferenceAttached,
}
