"""The report's sentences: the executive summary on page 1 and the conclusion (texts.T has them).

Kept apart from texts.py only for length; `t()` reads both. Kazakh strings should be reviewed by
a native speaker before the reports go to a ministry.
"""

from __future__ import annotations

from ..domain.text import Localized

NARRATIVE: dict[str, Localized] = {
    "exec_title": {"ru": "Краткое резюме", "kk": "Қысқаша түйін", "en": "Executive summary"},
    "exec_urgent": {"ru": "Неотложные вопросы ({n}, подробно — выше): {items}.",
                    "kk": "Шұғыл мәселелер ({n}, толығырақ — жоғарыда): {items}.",
                    "en": "Urgent matters ({n}, in full above): {items}."},
    "exec_more_urgent": {"ru": "И ещё {n}.", "kk": "Тағы {n}.", "en": "And {n} more."},
    "exec_no_urgent": {"ru": "Неотложных вопросов по листу проверки не выявлено.",
                       "kk": "Тексеру парағы бойынша шұғыл мәселелер анықталмады.",
                       "en": "The checklist shows no urgent matters."},
    "exec_finding": {"ru": "Вывод {n} ({severity}): {text}", "kk": "{n}-тұжырым ({severity}): {text}",
                     "en": "Finding {n} ({severity}): {text}"},
    "exec_more": {"ru": "Ещё выводов и показателей ниже нормы: {n} — см. разделы отчёта.",
                  "kk": "Нормадан төмен тағы тұжырымдар мен көрсеткіштер: {n} — есеп бөлімдерін қараңыз.",
                  "en": "{n} more findings and figures below their norm — see the report's sections."},
    "exec_totals": {"ru": "Всего проблемных ответов: {p}; выводов: {f}; рекомендаций: {r}.",
                    "kk": "Барлық мәселелі жауаптар: {p}; тұжырымдар: {f}; ұсыныстар: {r}.",
                    "en": "Problem answers in all: {p}; findings: {f}; recommendations: {r}."},
    "no_addressee": {"ru": "адресат не указан", "kk": "алушы көрсетілмеген",
                     "en": "no addressee"},
    "no_due": {"ru": "срок не указан", "kk": "мерзімі көрсетілмеген", "en": "no deadline"},
    "mode_announced": {"ru": "с предварительным уведомлением", "kk": "алдын ала хабарлап",
                       "en": "announced"},
    "mode_unannounced": {"ru": "без предварительного уведомления", "kk": "алдын ала ескертусіз",
                         "en": "unannounced"},
    "concl_visit": {
        "ru": "{date} депутаты {deputies} {mode} посетили: {name} ({kind}).",
        "kk": "{date} депутаттар {deputies} {name} ({kind}) мекемесіне {mode} барды.",
        "en": "On {date}, deputies {deputies} made an {mode} visit to {name} ({kind})."},
    "concl_urgent": {
        "ru": "Выявлены обстоятельства, требующие немедленного реагирования ({n}): {items}.",
        "kk": "Дереу әрекет етуді талап ететін жағдайлар анықталды ({n}): {items}.",
        "en": "Circumstances calling for action at once were found ({n}): {items}."},
    "concl_no_urgent": {
        "ru": "Обстоятельств, требующих немедленного реагирования, по листу проверки не выявлено.",
        "kk": "Тексеру парағы бойынша дереу әрекет етуді талап ететін жағдайлар анықталмады.",
        "en": "The checklist shows nothing that calls for action at once."},
    "concl_norms": {"ru": "Нормам не соответствуют: {items}.",
                    "kk": "Нормаларға сәйкес келмейді: {items}.",
                    "en": "Below their norms: {items}."},
    "concl_norms_met": {"ru": "Ключевые показатели, для которых установлены нормы, им соответствуют.",
                        "kk": "Нормалары белгіленген негізгі көрсеткіштер оларға сәйкес келеді.",
                        "en": "The key figures that have norms meet them."},
    "concl_findings": {"ru": "По итогам посещения сформулировано выводов: {n} ({counts}).",
                       "kk": "Бару қорытындысы бойынша тұжырымдар: {n} ({counts}).",
                       "en": "The visit led to {n} findings ({counts})."},
    "concl_addressees": {"ru": "Рекомендации направляются: {items}.",
                         "kk": "Ұсыныстар жіберіледі: {items}.",
                         "en": "The recommendations go to: {items}."},
    "concl_undated": {"ru": "Срок исполнения не указан в рекомендациях к выводам № {items}.",
                      "kk": "№ {items} тұжырымдардың ұсыныстарында орындау мерзімі көрсетілмеген.",
                      "en": "No deadline is set in the recommendations of findings {items}."},
    "concl_no_findings": {"ru": "Выводы по итогам посещения не сформулированы.",
                          "kk": "Бару қорытындысы бойынша тұжырымдар жасалмаған.",
                          "en": "No findings were written after the visit."},
    "concl_unanswered": {"ru": "Без ответа остались вопросы листа проверки: {n}; они отмечены "
                               "в разделе результатов проверки.",
                         "kk": "Тексеру парағының жауапсыз қалған сұрақтары: {n}; олар тексеру "
                               "нәтижелері бөлімінде белгіленген.",
                         "en": "Checklist questions left unanswered: {n}; they are marked in the "
                               "checklist results."},
    "concl_draft": {"ru": "Отчёт составлен по черновику посещения: данные могут измениться.",
                    "kk": "Есеп бару жобасы бойынша жасалды: деректер өзгеруі мүмкін.",
                    "en": "This report is made from a draft visit: its data may still change."},
    "confidential": {"ru": "КОНФИДЕНЦИАЛЬНО: содержит персональные данные",
                     "kk": "ҚҰПИЯ: дербес деректер бар",
                     "en": "CONFIDENTIAL: contains personal data"},
    # interviews, aggregated (domain/anonymity.py)
    "aggregated_answers": {"ru": "Обобщённые ответы: оплата труда, здоровье, намерение уволиться",
                           "kk": "Жинақталған жауаптар: еңбекақы, денсаулық, жұмыстан кету ниеті",
                           "en": "Aggregated answers: pay, health, plans to leave"},
    "aggregated_note": {
        "ru": "Эти ответы приводятся только в целом по опрошенным, чтобы по ним нельзя было узнать "
              "собеседника, и не приводятся вовсе, если ответили менее {k} человек.",
        "kk": "Бұл жауаптар сұхбаттасушыны тануға болмайтындай тек жалпы түрде беріледі, ал "
              "{k} адамнан аз жауап берсе, мүлдем берілмейді.",
        "en": "These answers are given only over all interviewees, so that nobody can be told by "
              "them, and not at all when fewer than {k} people answered."},
    "aggregate_suppressed": {"ru": "ответили: {n} — меньше {k}, не приводится",
                             "kk": "жауап бергендер: {n} — {k}-ден аз, берілмейді",
                             "en": "answered: {n} — fewer than {k}, not given"},
    "aggregate_spread": {"ru": "ответили {n} из {m}; медиана {median}, от {low} до {high}",
                         "kk": "{m} адамның {n}-і жауап берді; медиана {median}, {low} — {high}",
                         "en": "{n} of {m} answered; median {median}, from {low} to {high}"},
    "aggregate_share": {"ru": "{what} — {k} из {n} опрошенных",
                        "kk": "{what} — {n} сұхбаттасушының {k}-і",
                        "en": "{what} — {k} of {n} interviewees"},
}
