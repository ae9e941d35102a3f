"""Every fixed word of the reports, in ru, kk and en (layouts may override section headings).

Kazakh strings should be reviewed by a native speaker before the reports go to a ministry.
"""

from __future__ import annotations

from ..domain.checklist import format_number
from ..domain.figures import STAFF_CATEGORIES  # noqa: F401  (the summary reads it here)
from ..domain.text import Localized, day, pick
from .texts_narrative import NARRATIVE

T: dict[str, Localized] = {
    # document
    "visit_report": {"ru": "Отчёт о посещении учреждения", "kk": "Мекемеге бару туралы есеп",
                     "en": "Report on a visit to an institution"},
    "summary_report": {"ru": "Сводный отчёт о посещениях учреждений",
                       "kk": "Мекемелерге бару туралы жиынтық есеп",
                       "en": "Summary of visits to institutions"},
    "summary_subject": {"ru": "Доказательная база депутатского запроса",
                        "kk": "Депутаттық сауалдың дәлелдемелік базасы",
                        "en": "Evidence annex of a deputy inquiry"},
    "page": {"ru": "Стр. {n} из {m}", "kk": "{m} беттің {n}-беті", "en": "Page {n} of {m}"},
    "generated": {"ru": "Сформировано {date} в программе «Инспектор»",
                  "kk": "«Инспектор» бағдарламасында {date} жасалды",
                  "en": "Generated on {date} with Inspector"},
    # cover
    "deputies": {"ru": "Депутаты", "kk": "Депутаттар", "en": "Deputies"},
    "participants": {"ru": "Участники", "kk": "Қатысушылар", "en": "Participants"},
    "institution": {"ru": "Учреждение", "kk": "Мекеме", "en": "Institution"},
    "kind": {"ru": "Тип учреждения", "kk": "Мекеме түрі", "en": "Kind of institution"},
    "region": {"ru": "Регион", "kk": "Өңір", "en": "Region"},
    "address": {"ru": "Адрес", "kk": "Мекенжайы", "en": "Address"},
    "visit_dates": {"ru": "Дата посещения", "kk": "Бару күні", "en": "Date of visit"},
    "visit_mode": {"ru": "Форма посещения", "kk": "Бару түрі", "en": "Type of visit"},
    "announced": {"ru": "с предварительным уведомлением", "kk": "алдын ала хабарланған",
                  "en": "announced in advance"},
    "unannounced": {"ru": "без предварительного уведомления", "kk": "алдын ала ескертусіз",
                    "en": "unannounced"},
    "checklist_used": {"ru": "Лист проверки", "kk": "Тексеру парағы", "en": "Checklist"},
    "status": {"ru": "Статус", "kk": "Мәртебесі", "en": "Status"},
    "completed": {"ru": "завершён", "kk": "аяқталған", "en": "completed"},
    "draft": {"ru": "черновик — данные могут измениться",
              "kk": "жоба — деректер өзгеруі мүмкін", "en": "draft — data may still change"},
    "notes": {"ru": "Примечания", "kk": "Ескертпелер", "en": "Notes"},
    # sections
    "cover": {"ru": "Сведения о посещении", "kk": "Бару туралы мәліметтер",
              "en": "About the visit"},
    "key_figures": {"ru": "Ключевые показатели", "kk": "Негізгі көрсеткіштер",
                    "en": "Key figures"},
    "changes": {"ru": "Изменения с прошлого посещения", "kk": "Алдыңғы сапардан бергі өзгерістер",
                "en": "Changes since the last visit"},
    "checklist": {"ru": "Результаты проверки по разделам", "kk": "Бөлімдер бойынша тексеру нәтижелері",
                  "en": "Checklist results by section"},
    "interviews": {"ru": "Интервью с сотрудниками", "kk": "Қызметкерлермен сұхбаттар",
                   "en": "Staff interviews"},
    "findings": {"ru": "Выводы и рекомендации", "kk": "Тұжырымдар мен ұсыныстар",
                 "en": "Findings and recommendations"},
    "photos": {"ru": "Фотоматериалы", "kk": "Фотосуреттер", "en": "Photographs"},
    "conclusion": {"ru": "Заключение", "kk": "Қорытынды", "en": "Conclusion"},
    "institutions": {"ru": "Посещённые учреждения", "kk": "Барылған мекемелер",
                     "en": "Institutions visited"},
    "figures": {"ru": "Сводные показатели", "kk": "Жиынтық көрсеткіштер",
                "en": "Aggregated figures"},
    "charts": {"ru": "Диаграммы", "kk": "Диаграммалар", "en": "Charts"},
    "findings_by_theme": {"ru": "Выводы по темам", "kk": "Тақырыптар бойынша тұжырымдар",
                          "en": "Findings by theme"},
    # tables
    "figure": {"ru": "Показатель", "kk": "Көрсеткіш", "en": "Figure"},
    "value": {"ru": "Значение", "kk": "Мәні", "en": "Value"},
    "comparison": {"ru": "Сравнение", "kk": "Салыстыру", "en": "Comparison"},
    "question": {"ru": "Вопрос", "kk": "Сұрақ", "en": "Question"},
    "answer": {"ru": "Ответ", "kk": "Жауап", "en": "Answer"},
    "comment": {"ru": "Комментарий", "kk": "Түсініктеме", "en": "Comment"},
    "no_answer": {"ru": "нет ответа", "kk": "жауап жоқ", "en": "not answered"},
    "problem": {"ru": "проблема", "kk": "мәселе", "en": "problem"},
    "problem_legend": {"ru": "Ответы, указывающие на проблему, выделены цветом и знаком «!».",
                       "kk": "Мәселені көрсететін жауаптар түспен және «!» белгісімен ерекшеленген.",
                       "en": "Answers that point to a problem are shaded and marked «!»."},
    # Counted without a number-agreeing noun: «из 81 вопросов» is wrong Russian, «из 81 вопроса»
    # needs plural rules for every count.
    "answered_of": {"ru": "Вопросов листа проверки: {q}; с ответом: {a}; проблем: {p}.",
                    "kk": "Тексеру парағының сұрақтары: {q}; жауап берілгені: {a}; мәселелер: {p}.",
                    "en": "Checklist questions: {q}; answered: {a}; problems: {p}."},
    "nothing_answered": {"ru": "Ответы на вопросы листа проверки не внесены.",
                         "kk": "Тексеру парағының сұрақтарына жауаптар енгізілмеген.",
                         "en": "No checklist answers have been recorded."},
    "no_key_figures": {"ru": "Ключевые показатели не заполнены.",
                       "kk": "Негізгі көрсеткіштер толтырылмаған.",
                       "en": "No key figures have been recorded."},
    # key figures
    "posts_filled": {"ru": "Укомплектованность штата", "kk": "Штаттың жасақталуы",
                     "en": "Posts filled"},
    "vacancy_rate": {"ru": "Доля вакантных должностей", "kk": "Бос лауазымдар үлесі",
                     "en": "Vacancy rate"},
    "of_regional": {"ru": "{pct} % от средней по региону", "kk": "өңірлік орташаның {pct} %",
                    "en": "{pct} % of the regional average"},
    "occupancy": {"ru": "Заполненность", "kk": "Толымдылығы", "en": "Occupancy"},
    "of_total": {"ru": "{a} из {b} ({pct} %)", "kk": "{b} ішінен {a} ({pct} %)",
                 "en": "{a} of {b} ({pct} %)"},
    # interviews
    "staff_member": {"ru": "Сотрудник {n}", "kk": "{n}-қызметкер", "en": "Staff member {n}"},
    "named_by_consent": {"ru": "назван(а) с согласия", "kk": "келісімімен аталды",
                         "en": "named with consent"},
    "named_by_consent_m": {"ru": "назван с его согласия", "kk": "келісімімен аталды",
                           "en": "named with his consent"},
    "named_by_consent_f": {"ru": "названа с её согласия", "kk": "келісімімен аталды",
                           "en": "named with her consent"},
    "anonymity_note": {"ru": "Собеседники не названы, кроме давших согласие на указание имени.",
                       "kk": "Есімін көрсетуге келісім бергендерден басқа сұхбаттасушылар аталмайды.",
                       "en": "Interviewees are not named unless they agreed to be."},
    "no_interviews": {"ru": "Интервью не проводились.", "kk": "Сұхбаттар жүргізілмеді.",
                      "en": "No interviews were held."},
    # findings
    "finding_n": {"ru": "Вывод {n}", "kk": "{n}-тұжырым", "en": "Finding {n}"},
    "severity": {"ru": "Значимость", "kk": "Маңыздылығы", "en": "Severity"},
    "theme": {"ru": "Тема", "kk": "Тақырып", "en": "Theme"},
    "evidence": {"ru": "Подтверждается", "kk": "Дәлелдер", "en": "Evidence"},
    "recommendation": {"ru": "Рекомендация", "kk": "Ұсыныс", "en": "Recommendation"},
    "addressee": {"ru": "Адресат", "kk": "Алушы", "en": "Addressee"},
    "due": {"ru": "срок — {date}", "kk": "мерзімі — {date}", "en": "due {date}"},
    "ev_photo": {"ru": "фото {n}", "kk": "{n}-фото", "en": "photo {n}"},
    "ev_photo_withheld": {"ru": "фото (не включено: лица)", "kk": "фото (енгізілмеді: беттер)",
                          "en": "photo (left out: faces)"},
    "ev_interview": {"ru": "интервью: сотрудник {n}", "kk": "сұхбат: {n}-қызметкер",
                     "en": "interview: staff member {n}"},
    "no_findings": {"ru": "Выводы не сформулированы.", "kk": "Тұжырымдар жасалмаған.",
                    "en": "No findings have been recorded."},
    # photos
    "photo_n": {"ru": "Фото {n}", "kk": "{n}-фото", "en": "Photo {n}"},
    "taken": {"ru": "снято {when}", "kk": "түсірілген уақыты {when}", "en": "taken {when}"},
    "faces_left_out": {"ru": "Не включено фото с лицами проживающих или детей, на которых лица "
                             "не отмечены: {n}. Отметьте лица в просмотре фото — они будут "
                             "закрыты.",
                       "kk": "Беттері белгіленбеген, тұрғындардың немесе балалардың беттері бар "
                             "фото енгізілмеді: {n}. Беттерді фото қарау терезесінде белгілеңіз — "
                             "олар жабылады.",
                       "en": "Photos showing residents' or children's faces left out because "
                             "the faces are not marked: {n}. Mark the faces in the photo viewer "
                             "and they will be covered."},
    "faces_hidden": {"ru": "Лица проживающих и детей закрыты (ст. 145 ГК РК, Закон «О "
                           "персональных данных»); подлинники хранятся без изменений.",
                     "kk": "Тұрғындар мен балалардың беттері жабылған (ҚР АК 145-бабы, «Дербес "
                           "деректер туралы» Заң); түпнұсқалар өзгеріссіз сақталады.",
                     "en": "Residents' and children's faces are covered (Civil Code art. 145, "
                           "Personal Data Law); the originals are kept unchanged."},
    "faces_covered": {"ru": "лица закрыты", "kk": "беттер жабылған", "en": "faces covered"},
    "official_use": {"ru": "Для служебного пользования", "kk": "Қызмет бабында пайдалану үшін",
                     "en": "For official use only"},
    "faces_included": {"ru": "Фото с лицами включены по решению составителя отчёта.",
                       "kk": "Беттері бар фотолар есепті жасаушының шешімімен енгізілді.",
                       "en": "Photos showing faces are included at the author's request."},
    "no_photos": {"ru": "Фотографии не прилагаются.", "kk": "Фотосуреттер қоса берілмеген.",
                  "en": "No photographs are attached."},
    "photo_missing": {"ru": "файл фотографии отсутствует на этом компьютере",
                      "kk": "фото файлы бұл компьютерде жоқ",
                      "en": "the photo file is not on this computer"},
    # conclusion
    "signature": {"ru": "подпись", "kk": "қолы", "en": "signature"},
    "date_line": {"ru": "дата", "kk": "күні", "en": "date"},
    "deputy_of": {"ru": "Депутат Мажилиса Парламента Республики Казахстан",
                  "kk": "Қазақстан Республикасы Парламенті Мәжілісінің депутаты",
                  "en": "Member of the Mazhilis of the Parliament of the Republic of Kazakhstan"},
    # summary
    "selection": {"ru": "Отбор", "kk": "Іріктеу", "en": "Selection"},
    "all": {"ru": "все", "kk": "барлығы", "en": "all"},
    "period": {"ru": "Период", "kk": "Кезең", "en": "Period"},
    "visits_count": {"ru": "Посещений", "kk": "Барулар саны", "en": "Visits"},
    "date": {"ru": "Дата", "kk": "Күні", "en": "Date"},
    "problems": {"ru": "Проблем", "kk": "Мәселелер", "en": "Problems"},
    "findings_count": {"ru": "Выводов", "kk": "Тұжырымдар", "en": "Findings"},
    "category": {"ru": "Категория персонала", "kk": "Персонал санаты", "en": "Staff category"},
    "avg_wage": {"ru": "Средняя зарплата", "kk": "Орташа жалақы", "en": "Average wage"},
    "min_wage": {"ru": "Минимальная зарплата", "kk": "Ең төменгі жалақы", "en": "Minimum wage"},
    "regional_avg": {"ru": "Средняя по региону", "kk": "Өңір бойынша орташа",
                     "en": "Regional average"},
    "pct_regional": {"ru": "% от средней по региону", "kk": "Өңірлік орташаға %",
                     "en": "% of regional average"},
    "institutions_n": {"ru": "Учреждений", "kk": "Мекемелер", "en": "Institutions"},
    "wages_table": {"ru": "Заработная плата по категориям персонала, тг в месяц",
                    "kk": "Персонал санаттары бойынша жалақы, айына тг",
                    "en": "Monthly wages by staff category, KZT"},
    "staffing_table": {"ru": "Кадры и условия труда по типам учреждений",
                       "kk": "Мекеме түрлері бойынша кадрлар және еңбек жағдайлары",
                       "en": "Staffing and working conditions by kind of institution"},
    "no_social_package": {"ru": "Без социального пакета", "kk": "Әлеуметтік пакетсіз",
                          "en": "No social package"},
    "ppe_short": {"ru": "Нехватка СИЗ", "kk": "ЖҚҚ жетіспеушілігі", "en": "Short of PPE"},
    "avg_waiting": {"ru": "Среднее время ожидания, мин", "kk": "Орташа күту уақыты, мин",
                    "en": "Average waiting time, min"},
    "seen_at": {"ru": "Где выявлено", "kk": "Қай жерде анықталды", "en": "Seen at"},
    "no_visits": {"ru": "Под условия отбора не подходит ни одно посещение.",
                  "kk": "Іріктеу шарттарына сәйкес келетін бару жоқ.",
                  "en": "No visit matches the selection."},
    "chart_wages": {"ru": "Средняя зарплата в % от средней по региону",
                    "kk": "Орташа жалақы, өңірлік орташаға %",
                    "en": "Average wage as % of the regional average"},
    "chart_vacancy": {"ru": "Доля вакантных должностей, %", "kk": "Бос лауазымдар үлесі, %",
                      "en": "Vacancy rate, %"},
    "chart_themes": {"ru": "Число выводов по темам", "kk": "Тақырыптар бойынша тұжырымдар саны",
                     "en": "Findings by theme"},
    "na": {"ru": "н/д", "kk": "д/ж", "en": "n/a"},
    "footnote_no_data": {
        "ru": "«Нет данных» — учреждение не дало цифру, в расчёты она не вошла: {items}.",
        "kk": "«Мәлімет жоқ» — мекеме санды бермеді, ол есептеулерге кірмеді: {items}.",
        "en": "“No data”: the institution did not give the figure, and it is left out of the "
              "sums: {items}."},
    "footnote_no_data_item": {"ru": "{question} — посещений: {n}", "kk": "{question} — сапарлар: {n}",
                              "en": "{question}: {n} visit(s)"},
    "footnote_share": {"ru": "Доли — от числа учреждений, где на вопрос дан ответ.",
                       "kk": "Үлестер — сұраққа жауап берілген мекемелер санынан.",
                       "en": "Shares are of the institutions where the question was answered."},
    # norms, urgent matters, drafts
    "derived_vacancies": {"ru": "рассчитано: штатные единицы − занятые",
                          "kk": "есептелді: штат бірліктері − толтырылғандары",
                          "en": "computed: posts − posts filled"},
    "norm_is": {"ru": "норма: {norm}", "kk": "норма: {norm}", "en": "norm: {norm}"},
    # a figure answered «нет данных», or a share of one (domain/evaluation.unchecked_norm)
    "norm_unchecked": {"ru": "норму ({norm}) проверить нельзя: учреждение не предоставило цифру",
                       "kk": "норманы ({norm}) тексеру мүмкін емес: мекеме санды бермеді",
                       "en": "the norm ({norm}) cannot be checked: the institution did not give "
                             "the figure"},
    # the regional average wage (domain/regional_wages.py)
    "wage_published": {"ru": "данные БНС, {period}", "kk": "ҰСБ деректері, {period}",
                       "en": "Bureau of National Statistics, {period}"},
    "wage_typed": {"ru": "введено вручную", "kk": "қолмен енгізілген", "en": "typed in by hand"},
    "wage_note_published": {
        "ru": "Средняя по региону ({region}): {amount} — {source}, {period} (опубликовано "
              "{published}).",
        "kk": "Өңір бойынша орташа ({region}): {amount} — {source}, {period} ({published} "
              "жарияланған).",
        "en": "Regional average ({region}): {amount} — {source}, {period} (published "
              "{published})."},
    "wage_note_typed": {
        "ru": "Средняя по региону {amount} введена вручную участниками посещения; её источник и "
              "период не подтверждены.",
        "kk": "Өңір бойынша орташа {amount} бару қатысушыларымен қолмен енгізілген; оның "
              "дереккөзі мен кезеңі расталмаған.",
        "en": "The regional average of {amount} was typed in by the visit's participants; its "
              "source and period are not confirmed."},
    "wage_note_typed_vs": {
        "ru": " Опубликованная БНС за {period}: {amount}.",
        "kk": " ҰСБ жариялаған, {period}: {amount}.",
        "en": " Published by the Bureau for {period}: {amount}."},
    "wage_note_missing": {
        "ru": "Для региона «{region}» нет опубликованной средней зарплаты на дату посещения: "
              "зарплаты с ней не сравниваются.",
        "kk": "«{region}» өңірі үшін бару күніне жарияланған орташа жалақы жоқ: жалақылар онымен "
              "салыстырылмайды.",
        "en": "No published regional average wage for «{region}» at the date of the visit: wages "
              "are not compared with it."},
    "footnote_wage_sources": {
        "ru": "Средняя по региону — {source}; периоды: {periods}.",
        "kk": "Өңір бойынша орташа — {source}; кезеңдер: {periods}.",
        "en": "Regional average — {source}; periods: {periods}."},
    "footnote_wage_typed": {
        "ru": "Средняя по региону: {periods}; источник и период не подтверждены.",
        "kk": "Өңір бойынша орташа: {periods}; дереккөзі мен кезеңі расталмаған.",
        "en": "Regional average: {periods}; source and period not confirmed."},
    "sources": {"ru": "Источники норм", "kk": "Нормалардың дереккөздері",
                "en": "Sources of the norms"},
    "urgent": {"ru": "Неотложные вопросы", "kk": "Шұғыл мәселелер", "en": "Urgent matters"},
    "urgent_intro": {
        "ru": "Ответы, требующие немедленного реагирования, независимо от выводов депутатов:",
        "kk": "Депутаттардың тұжырымдарына қарамастан, дереу әрекет етуді талап ететін жауаптар:",
        "en": "Answers that call for action at once, whatever the deputies' findings say:"},
    "urgent_none": {"ru": "Неотложных вопросов по листу проверки не выявлено.",
                    "kk": "Тексеру парағы бойынша шұғыл мәселелер анықталмады.",
                    "en": "The checklist shows no urgent matters."},
    "watermark": {"ru": "ПРОЕКТ", "kk": "ЖОБА", "en": "DRAFT"},
    "draft_short": {"ru": "черновик", "kk": "жоба", "en": "draft"},
    "drafts_included": {
        "ru": "В сводку включены черновики (отмечены «черновик»): их данные могут измениться.",
        "kk": "Жиынтыққа жобалар енгізілген («жоба» деп белгіленген): деректері өзгеруі мүмкін.",
        "en": "Drafts are included (marked «draft»): their data may still change."},
    "drafts_left_out": {"ru": "Учтены только завершённые посещения; черновиков не учтено: {n}.",
                        "kk": "Тек аяқталған барулар есептелді; есептелмеген жобалар: {n}.",
                        "en": "Completed visits only; drafts left out: {n}."},
    "n_answered": {"ru": "ответили: {n}", "kk": "жауап бергендер: {n}", "en": "answered: {n}"},
    "footnote_pct": {
        "ru": "% — из чисел строки: средняя зарплата ÷ средняя по региону.",
        "kk": "% — жолдағы сандардан: орташа жалақы ÷ өңір бойынша орташа.",
        "en": "% is from the row's own figures: average wage ÷ regional average."},
    "footnote_regions": {
        "ru": "* Учреждения из разных регионов ({n}): «средняя по региону» — среднее из средних "
              "их регионов.",
        "kk": "* Әртүрлі өңірлердегі мекемелер ({n}): «өңір бойынша орташа» — олардың "
              "өңірлеріндегі орташалардың орташасы.",
        "en": "* Institutions from {n} regions: the «regional average» is the mean of their own "
              "regions' averages."},
    "footnote_regional_partial": {
        "ru": "† Среднюю по региону указали {k} из {n} учреждений строки.",
        "kk": "† Өңір бойынша орташаны жолдағы {n} мекеменің {k}-і көрсетті.",
        "en": "† The regional average was given by {k} of the row's {n} institutions."},
    "chart_wages_note": {
        "ru": "Все типы учреждений и регионы вместе: средняя зарплата категории ÷ среднее из "
              "средних по их регионам.",
        "kk": "Барлық мекеме түрлері мен өңірлер бірге: санаттың орташа жалақысы ÷ олардың "
              "өңірлеріндегі орташалардың орташасы.",
        "en": "All kinds of institution and regions together: the category's average wage ÷ the "
              "mean of their regions' averages."},
    "footnote_ppe": {
        "ru": "Нехватка СИЗ: СИЗ нет совсем или запас ниже нормы ({days} дней).",
        "kk": "ЖҚҚ жетіспеушілігі: ЖҚҚ мүлдем жоқ немесе қор нормадан төмен ({days} күн).",
        "en": "Short of PPE: no PPE at all, or stock below the norm ({days} days)."},
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
