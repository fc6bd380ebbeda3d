"""How review actions read in a page's history (Wagtail's audit log)."""

from wagtail.log_actions import LogFormatter

from review.admin_refusals import REFUSED_ACTION
from review.decisions import LOG_ACTIONS


class FindingDecisionFormatter(LogFormatter):
    verb = ""

    def format_message(self, log_entry):
        finding = log_entry.data.get("finding", {})
        excerpt = finding.get("excerpt") or ""
        on = f" “{excerpt}”" if excerpt else ""
        return f"{self.verb} finding {finding.get('rule', '')}{on}"

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


class ApproveFormatter(FindingDecisionFormatter):
    label = "Approve content finding"
    verb = "Approved"


class WaiveFormatter(FindingDecisionFormatter):
    label = "Waive content finding"
    verb = "Waived"


class RequestChangesFormatter(FindingDecisionFormatter):
    label = "Request changes to content finding"
    verb = "Requested changes to"


class PublishRefusedFormatter(LogFormatter):
    label = "Publishing refused by content checks"

    def format_message(self, log_entry):
        blocking = log_entry.data.get("blocking", [])
        if log_entry.data.get("check_failed"):
            return "Publishing refused: the content checks could not run"
        return f"Publishing refused: {len(blocking)} open error finding(s)"


FORMATTERS = {
    LOG_ACTIONS["approve"]: ApproveFormatter,
    LOG_ACTIONS["waive"]: WaiveFormatter,
    LOG_ACTIONS["request_changes"]: RequestChangesFormatter,
    REFUSED_ACTION: PublishRefusedFormatter,
}
