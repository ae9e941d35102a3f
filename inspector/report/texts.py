"""Every fixed word of the reports, in ru, kk and en (layouts may override section headings).

Kazakh strings should be reviewed by a native speaker before the reports go to a ministry.
"""

from __future__ import annotations

from ..domain.checklist import format_number
from ..domain.figures import STAFF_CATEGORIES  # noqa: F401  (the summary reads it here)
from ..domain.text import N_, Message, day, pick
from .texts_narrative import NARRATIVE

T: dict[str, Message] = {
    # document
    "visit_report": N_("Report on a visit to an institution"),
    "summary_report": N_("Summary of visits to institutions"),
    "summary_subject": N_("Evidence annex of a deputy inquiry"),
    "page": N_("Page {n} of {m}"),
    "generated": N_("Generated on {date} with Inspector"),
    # cover
    "deputies": N_("Deputies"),
    "participants": N_("Participants"),
    "institution": N_("Institution"),
    "kind": N_("Kind of institution"),
    "region": N_("Region"),
    "address": N_("Address"),
    "visit_dates": N_("Date of visit"),
    "visit_mode": N_("Type of visit"),
    "announced": N_("announced in advance"),
    "unannounced": N_("unannounced"),
    "checklist_used": N_("Checklist"),
    "status": N_("Status"),
    "completed": N_("completed"),
    "draft": N_("draft — data may still change"),
    "notes": N_("Notes"),
    # sections
    "cover": N_("About the visit"),
    "key_figures": N_("Key figures"),
    "changes": N_("Changes since the last visit"),
    "checklist": N_("Checklist results by section"),
    "interviews": N_("Staff interviews"),
    "findings": N_("Findings and recommendations"),
    "photos": N_("Photographs"),
    "conclusion": N_("Conclusion"),
    "institutions": N_("Institutions visited"),
    "figures": N_("Aggregated figures"),
    "charts": N_("Charts"),
    "findings_by_theme": N_("Findings by theme"),
    # tables
    "figure": N_("Figure"),
    "value": N_("Value"),
    "comparison": N_("Comparison"),
    "question": N_("Question"),
    "answer": N_("Answer"),
    "comment": N_("Comment"),
    "no_answer": N_("not answered"),
    "problem": N_("problem"),
    "problem_legend": N_("Answers that point to a problem are shaded and marked «!»."),
    # Counted without a number-agreeing noun: «из 81 вопросов» is wrong Russian, «из 81 вопроса»
    # needs plural rules for every count.
    "answered_of": N_("Checklist questions: {q}; answered: {a}; problems: {p}."),
    "nothing_answered": N_("No checklist answers have been recorded."),
    "no_key_figures": N_("No key figures have been recorded."),
    # key figures
    "posts_filled": N_("Posts filled"),
    "vacancy_rate": N_("Vacancy rate"),
    "of_regional": N_("{pct} percent of the regional average"),
    "occupancy": N_("Occupancy"),
    "of_total": N_("{a} of {b} ({pct} %)"),
    # interviews
    "staff_member": N_("Staff member {n}"),
    "named_by_consent": N_("named with consent"),
    "named_by_consent_m": N_("named with his consent"),
    "named_by_consent_f": N_("named with her consent"),
    "anonymity_note": N_("Interviewees are not named unless they agreed to be."),
    "no_interviews": N_("No interviews were held."),
    # findings
    "finding_n": N_("Finding {n}"),
    "severity": N_("Severity"),
    "theme": N_("Theme"),
    "evidence": N_("Evidence"),
    "recommendation": N_("Recommendation"),
    "addressee": N_("Addressee"),
    "due": N_("due {date}"),
    "ev_photo": N_("photo {n}"),
    "ev_photo_withheld": N_("photo (left out: faces)"),
    "ev_interview": N_("interview: staff member {n}"),
    "no_findings": N_("No findings have been recorded."),
    # photos
    "photo_n": N_("Photo {n}"),
    "taken": N_("taken {when}"),
    "faces_left_out": N_("Photos showing residents' or children's faces left out because the "
                         "faces are not marked: {n}. Mark the faces in the photo viewer and "
                         "they will be covered."),
    "faces_hidden": N_("Residents' and children's faces are covered (Civil Code art. 145, "
                       "Personal Data Law); the originals are kept unchanged."),
    "faces_covered": N_("faces covered"),
    "official_use": N_("For official use only"),
    "faces_included": N_("Photos showing faces are included at the author's request."),
    "no_photos": N_("No photographs are attached."),
    "photo_missing": N_("the photo file is not on this computer"),
    # conclusion
    "signature": N_("signature"),
    "date_line": N_("date"),
    "deputy_of": N_("Member of the Mazhilis of the Parliament of the Republic of Kazakhstan"),
    # summary
    "selection": N_("Selection"),
    "all": N_("all"),
    "period": N_("Period"),
    "visits_count": N_("Number of visits"),
    "date": N_("Date"),
    "problems": N_("Problems"),
    "findings_count": N_("Number of findings"),
    "category": N_("Staff category"),
    "avg_wage": N_("Average wage"),
    "min_wage": N_("Minimum wage"),
    "regional_avg": N_("Regional average"),
    "pct_regional": N_("Percent of the regional average"),
    "institutions_n": N_("Institutions"),
    "wages_table": N_("Monthly wages by staff category, KZT"),
    "staffing_table": N_("Staffing and working conditions by kind of institution"),
    "no_social_package": N_("No social package"),
    "ppe_short": N_("Short of PPE"),
    "avg_waiting": N_("Average waiting time, min"),
    "seen_at": N_("Seen at"),
    "no_visits": N_("No visit matches the selection."),
    "chart_wages": N_("Average wage, percent of the regional average"),
    "chart_vacancy": N_("Vacancy rate, %"),
    "chart_themes": N_("Number of findings by theme"),
    "na": N_("n/a"),
    "not_asked": N_("not applicable"),
    "footnote_no_data": N_("“No data”: the institution did not give the figure, and it is left "
                           "out of the sums: {items}."),
    "footnote_no_data_item": N_("{question}: {n} visit(s)"),
    "footnote_share": N_("Shares are of the institutions where the question was answered."),
    "footnote_latest": N_("Each institution is counted once, by its latest visit in the period: "
                          "{visits} visits to {institutions} institutions."),
    # norms, urgent matters, drafts
    "derived_vacancies": N_("computed: posts − posts filled"),
    "norm_is": N_("norm: {norm}"),
    # a figure answered «нет данных», or a share of one (domain/evaluation.unchecked_norm)
    "norm_unchecked": N_("the norm ({norm}) cannot be checked: the institution did not give the "
                         "figure"),
    # the regional average wage (domain/regional_wages.py)
    "wage_published": N_("Bureau of National Statistics, {period}"),
    "wage_typed": N_("typed in by hand"),
    "wage_note_published": N_("Regional average ({region}): {amount} — {source}, {period} "
                              "(published {published})."),
    "wage_note_typed": N_("The regional average of {amount} was typed in by the visit's "
                          "participants; its source and period are not confirmed."),
    "wage_note_typed_vs": N_(" Published by the Bureau for {period}: {amount}."),
    "wage_note_missing": N_("No published regional average wage for «{region}» at the date of "
                            "the visit: wages are not compared with it."),
    "footnote_wage_sources": N_("Regional average — {source}; periods: {periods}."),
    "footnote_wage_typed": N_("Regional average: {periods}; source and period not confirmed."),
    "sources": N_("Sources of the norms"),
    "urgent": N_("Urgent matters"),
    "urgent_intro": N_("Answers that call for action at once, whatever the deputies' findings say:"),
    "urgent_none": N_("The checklist shows no urgent matters."),
    "watermark": N_("DRAFT"),
    "draft_short": N_("draft"),
    "drafts_included": N_("Drafts are included (marked «draft»): their data may still change."),
    "drafts_left_out": N_("Completed visits only; drafts left out: {n}."),
    "n_answered": N_("answered: {n}"),
    "footnote_pct": N_("The percentage is from the row's own figures: average wage ÷ regional "
                       "average."),
    "footnote_regions": N_("* Institutions from {n} regions: the «regional average» is the mean "
                           "of their own regions' averages."),
    "footnote_regional_partial": N_("† The regional average was given by {k} of the row's {n} "
                                    "institutions."),
    "chart_wages_note": N_("All kinds of institution and regions together: the category's "
                           "average wage ÷ the mean of their regions' averages."),
    "footnote_ppe": N_("Short of PPE: no PPE at all, or stock below the norm ({days} days)."),
}



T.update(NARRATIVE)


def t(key: str, lang: str, **params: object) -> str:
    """The text for `key` in `lang`, formatted with `params`."""
    text = pick(T[key], lang)
    return text.format(**params) if params else text


def years(n: float, lang: str) -> str:
    """'2 года', '5 лет', '13,1 года', '1 жыл', '3 years' — Russian needs its three plural
    forms, and a decimal comma like every number in a Russian or Kazakh text."""
    n = round(n, 1)
    shown = format_number(n, lang)
    if lang == "kk":
        return f"{shown} жыл"
    if lang == "en":
        return f"{shown} year" + ("" if n == 1 else "s")
    if n != int(n):
        return f"{shown} года"
    whole = int(n)
    if whole % 10 == 1 and whole % 100 != 11:
        return f"{whole} год"
    if whole % 10 in (2, 3, 4) and whole % 100 not in (12, 13, 14):
        return f"{whole} года"
    return f"{whole} лет"


def moment(iso: str) -> str:
    """An ISO date-time as 09.09.2020 10:07 (local time as the camera recorded it)."""
    if len(iso) < 16:
        return day(iso)
    return f"{day(iso)} {iso[11:16]}"


def percent(value: float, lang: str) -> str:
    """A share as a reader wants it: whole from 10 up, one decimal below, in the language's style."""
    return format_number(round(value) if abs(value) >= 10 else round(value, 1), lang)
