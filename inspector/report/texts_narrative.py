"""The report's sentences: the executive summary on page 1 and the conclusion (texts.T has them).

Kept apart from texts.py only for length; `t()` reads both. Kazakh strings should be reviewed by
a native speaker before the reports go to a ministry.
"""

from __future__ import annotations

from ..domain.text import N_, Message

NARRATIVE: dict[str, Message] = {
    "exec_title": N_("Executive summary"),
    "exec_urgent": N_("Urgent matters ({n}, in full above): {items}."),
    "exec_more_urgent": N_("And {n} more."),
    "exec_no_urgent": N_("The checklist shows no urgent matters."),
    "exec_finding": N_("Finding {n} ({severity}): {text}"),
    "exec_more": N_("{n} more findings and figures below their norm — see the report's sections."),
    "exec_totals": N_("Problem answers in all: {p}; findings: {f}; recommendations: {r}."),
    "no_addressee": N_("no addressee"),
    "no_due": N_("no deadline"),
    "mode_announced": N_("announced"),
    "mode_unannounced": N_("unannounced"),
    "concl_visit": N_("On {date}, deputies {deputies} made an {mode} visit to {name} ({kind})."),
    "concl_urgent": N_("Circumstances calling for action at once were found ({n}): {items}."),
    "concl_no_urgent": N_("The checklist shows nothing that calls for action at once."),
    "concl_norms": N_("Below their norms: {items}."),
    "concl_norms_met": N_("The key figures that have norms meet them."),
    "concl_findings": N_("The visit led to {n} findings ({counts})."),
    "concl_addressees": N_("The recommendations go to: {items}."),
    "concl_undated": N_("No deadline is set in the recommendations of findings {items}."),
    "concl_no_findings": N_("No findings were written after the visit."),
    "concl_unanswered": N_("Checklist questions left unanswered: {n}; they are marked in the "
                           "checklist results."),
    "concl_draft": N_("This report is made from a draft visit: its data may still change."),
    "confidential": N_("CONFIDENTIAL: contains personal data"),
    # interviews, aggregated (domain/anonymity.py)
    "aggregated_answers": N_("Aggregated answers: pay, health, plans to leave"),
    "aggregated_note": N_("These answers are given only over all interviewees, so that nobody "
                          "can be told by them, and not at all when fewer than {k} people "
                          "answered."),
    "aggregate_suppressed": N_("answered: {n} — fewer than {k}, not given"),
    "aggregate_spread": N_("{n} of {m} answered; median {median}, from {low} to {high}"),
    "aggregate_share": N_("{what} — {k} of {n} interviewees"),
}
