"""The analyst's tables, their columns with labels in three languages, and the views.

Columns whose meaning comes from a checklist (the key figures, the interview answers) are labelled
from the templates themselves (metadata.py); the fixed ones are labelled here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.text import N_, Message, Text


@dataclass(frozen=True)
class Column:
    name: str
    type: type  # str, int, float or bytes, as sqlite-utils takes them
    label: Text
    unit: Text | None = None


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: Text
    description: Text
    columns: tuple[Column, ...]
    pk: str | tuple[str, ...] = "id"  # a link table: the pair it links
    foreign_keys: tuple[tuple[str, str], ...] = ()  # (column, table it names by id)
    search: tuple[str, ...] = ()  # text columns indexed for full-text search (with `search`)
    label_column: str | None = None


def _c(name: str, kind: type, ru: str, kk: str, en: str, unit: Text | None = None) -> Column:
    return Column(name, kind, {"ru": ru, "kk": kk, "en": en}, unit)


TENGE: Message = N_("tenge")
PERCENT: Message = N_("%")
SEARCH = _c("search", str, "Слова для поиска (без казахских букв, основы слов)",
            "Іздеу сөздері (қазақ әріптерінсіз, сөз түбірлері)",
            "Search words (Kazakh letters folded, word stems)")
VISIT = _c("visit_id", str, "Визит", "Сапар", "Visit")
FACILITY = _c("facility_id", str, "Учреждение", "Мекеме", "Institution")
INSTITUTION = _c("institution", str, "Название учреждения", "Мекеме атауы", "Institution name")
KIND = _c("kind", str, "Тип учреждения (код)", "Мекеме түрі (код)", "Kind (code)")
KIND_LABEL = _c("kind_label", str, "Тип учреждения", "Мекеме түрі", "Kind")
REGION = _c("region", str, "Регион (код)", "Өңір (код)", "Region (code)")
REGION_LABEL = _c("region_label", str, "Регион", "Өңір", "Region")
DATE = _c("started_on", str, "Дата визита", "Сапар күні", "Visit date")
YEAR = _c("year", int, "Год визита", "Сапар жылы", "Year of the visit")
STATUS = _c("status", str, "Статус (draft — черновик, completed — завершён)",
            "Мәртебесі (draft — жоба, completed — аяқталған)",
            "Status (draft or completed)")
NUMBER = _c("number", int, "№ в визите", "Сапардағы №", "No. in the visit")

FACILITIES = TableSpec(
    "facilities", N_("Institutions"),
    N_("Institutions visited"),
    (_c("id", str, "Код", "Коды", "Id"), _c("name", str, "Название", "Атауы", "Name"),
     KIND, KIND_LABEL, REGION, REGION_LABEL, _c("district", str, "Район", "Аудан", "District"),
     _c("address", str, "Адрес", "Мекенжайы", "Address"),
     _c("latitude", float, "Широта", "Ендік", "Latitude"),
     _c("longitude", float, "Долгота", "Бойлық", "Longitude"), SEARCH),
    search=("name", "address", "search"), label_column="name")

VISITS = TableSpec(
    "visits", N_("Visits"),
    N_("One row per visit to an institution"),
    (_c("id", str, "Код", "Коды", "Id"), FACILITY, INSTITUTION, KIND, KIND_LABEL, REGION,
     REGION_LABEL, DATE, _c("ended_on", str, "Дата окончания", "Аяқталу күні", "Last day"),
     YEAR, STATUS, _c("status_label", str, "Статус", "Мәртебесі", "Status"),
     _c("deputies", str, "Депутаты", "Депутаттар", "Deputies"),
     _c("participants", str, "Участники", "Қатысушылар", "Participants"),
     _c("announced", int, "Объявлен заранее (1/0)", "Алдын ала хабарланды (1/0)",
        "Announced (1/0)"),
     _c("template_id", str, "Лист проверки", "Тексеру парағы", "Checklist"),
     _c("template_version", int, "Версия листа", "Парақ нұсқасы", "Checklist version"),
     _c("questions_applicable", int, "Вопросов к учреждению", "Мекемеге қатысты сұрақтар",
        "Questions that apply"),
     _c("answered", int, "Отвечено", "Жауап берілді", "Answered"),
     _c("problems", int, "Проблем", "Мәселелер", "Problems"),
     _c("red_lines", int, "Неотложных вопросов", "Шұғыл мәселелер", "Red lines"),
     _c("findings", int, "Выводов", "Тұжырымдар", "Findings"),
     _c("photos", int, "Фотографий", "Фотосуреттер", "Photos"),
     _c("completed_at", str, "Завершён", "Аяқталды", "Completed at"),
     _c("notes", str, "Заметки", "Жазбалар", "Notes")),
    foreign_keys=(("facility_id", "facilities"),), label_column="institution")

ANSWERS = TableSpec(
    "answers", N_("Answers"),
    N_("One row per checklist answer; the value in the column of its type"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT,
     _c("question_id", str, "Код вопроса", "Сұрақ коды", "Question id"),
     _c("question_number", str, "№ вопроса", "Сұрақ №", "Question no."),
     _c("section", str, "Раздел", "Бөлім", "Section"),
     _c("question", str, "Вопрос", "Сұрақ", "Question"),
     _c("type", str, "Тип вопроса", "Сұрақ түрі", "Question type"),
     _c("value_number", float, "Число", "Сан", "Number"),
     _c("value_money", float, "Сумма", "Сома", "Amount", TENGE),
     _c("value_yes_no", int, "Да (1) / нет (0)", "Иә (1) / жоқ (0)", "Yes (1) / no (0)"),
     _c("value_choices", str, "Выбранные варианты (JSON)", "Таңдалған нұсқалар (JSON)",
        "Options chosen (JSON)"),
     _c("value_text", str, "Текст", "Мәтін", "Text"),
     _c("value_date", str, "Дата", "Күні", "Date"),
     _c("value_label", str, "Ответ", "Жауап", "Answer"),
     _c("no_data", int, "Нет данных: учреждение не дало цифру (1/0)",
        "Мәлімет жоқ: мекеме санды бермеді (1/0)",
        "No data: the institution did not give the figure (1/0)"),
     _c("unit", str, "Единица", "Өлшем бірлігі", "Unit"),
     _c("comment", str, "Комментарий", "Түсініктеме", "Comment"),
     _c("problem", int, "Проблема (1/0)", "Мәселе (1/0)", "Problem (1/0)"),
     _c("red_line", int, "Неотложный вопрос (1/0)", "Шұғыл мәселе (1/0)", "Red line (1/0)"),
     SEARCH),
    foreign_keys=(("visit_id", "visits"),), search=("question", "value_label", "comment", "search"))

KEY_FIGURES = TableSpec(
    "key_figures", N_("Key figures"),
    N_("A visit's key figures as its report shows them: one column per figure"),
    (VISIT, FACILITY, INSTITUTION, KIND, REGION, DATE, YEAR, STATUS,
     _c("vacancy_rate", float, "Доля вакантных должностей", "Бос лауазымдар үлесі",
        "Vacancy rate", PERCENT),
     _c("regional_avg_wage_source", str, "Источник средней зарплаты по региону",
        "Өңірлік орташа жалақы көзі", "Source of the regional average wage"),
     _c("regional_avg_wage_period", str, "Период средней по региону (комментарий к ответу)",
        "Өңірлік орташа кезеңі (жауапқа түсініктеме)",
        "Period of the regional average (the answer's comment)"),
     _c("no_social_package", int, "Нет социального пакета (1/0)", "Әлеуметтік пакет жоқ (1/0)",
        "No social package (1/0)"),
     _c("ppe_short", int, "Не хватает СИЗ (1/0)", "ЖҚҚ жетіспейді (1/0)", "Short of PPE (1/0)")),
    pk="visit_id", foreign_keys=(("visit_id", "visits"), ("facility_id", "facilities")))

WAGES = TableSpec(
    "wages", N_("Wages"),
    N_("Average and minimum wage by staff category beside the regional average"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT,
     _c("category", str, "Категория (код)", "Санат (код)", "Category (code)"),
     _c("category_label", str, "Категория персонала", "Персонал санаты", "Staff category"),
     _c("average", float, "Средняя зарплата", "Орташа жалақы", "Average wage", TENGE),
     _c("minimum", float, "Минимальная зарплата", "Ең төменгі жалақы", "Minimum wage", TENGE),
     _c("regional_average", float, "Средняя по региону", "Өңірлік орташа", "Regional average",
        TENGE),
     _c("pct_regional", float, "Доля от средней по региону", "Өңірлік орташадан үлесі",
        "Share of the regional average", PERCENT),
     _c("below_regional", int, "Ниже средней по региону (1/0)", "Өңірлік орташадан төмен (1/0)",
        "Below the regional average (1/0)")),
    foreign_keys=(("visit_id", "visits"),))

INTERVIEWS = TableSpec(
    "interviews", N_("Interviews"),
    N_("Staff interviews, anonymous as in the reports: a name only with consent, tenure in "
       "bands, no one's own wage or health"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT, NUMBER,
     _c("named", int, "Назван с согласия (1/0)", "Келісіммен аталды (1/0)",
        "Named with consent (1/0)"),
     _c("name", str, "Имя (только с согласия)", "Аты (тек келісіммен)", "Name (only with consent)"),
     _c("role", str, "Должность", "Лауазымы", "Post"),
     _c("tenure_band", str, "Стаж (интервал)", "Өтілі (аралық)", "Years of service (band)"),
     _c("age_years_band", str, "Возраст (интервал)", "Жасы (аралық)", "Age (band)"),
     _c("notes", str, "Заметки", "Жазбалар", "Notes"), SEARCH),
    foreign_keys=(("visit_id", "visits"),), search=("notes", "search"))

INTERVIEW_FIGURES = TableSpec(
    "interview_figures", N_("Interviews: aggregated answers"),
    N_("Pay, health and plans to leave only over a visit's interviewees: median and range, from "
       "three answers up"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT,
     _c("question_id", str, "Код вопроса", "Сұрақ коды", "Question id"),
     _c("question", str, "Вопрос", "Сұрақ", "Question"),
     _c("unit", str, "Единица", "Өлшем бірлігі", "Unit"),
     _c("answered", int, "Ответили", "Жауап бергендер", "Answered"),
     _c("median", float, "Медиана", "Медиана", "Median"),
     _c("low", float, "Наименьшее", "Ең аз", "Lowest"),
     _c("high", float, "Наибольшее", "Ең көп", "Highest"),
     _c("counts", str, "Сколько выбрали каждый вариант", "Әр нұсқаны қанша адам таңдады",
        "How many chose each option")),
    foreign_keys=(("visit_id", "visits"),))

FINDINGS = TableSpec(
    "findings", N_("Findings"),
    N_("A visit's findings in the report's order"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT, NUMBER,
     _c("severity", str, "Значимость (код)", "Маңыздылығы (код)", "Severity (code)"),
     _c("severity_label", str, "Значимость", "Маңыздылығы", "Severity"),
     _c("theme", str, "Тема (код)", "Тақырып (код)", "Theme (code)"),
     _c("theme_label", str, "Тема", "Тақырып", "Theme"),
     _c("text", str, "Вывод", "Тұжырым", "Finding"),
     _c("recommendation", str, "Рекомендация", "Ұсыным", "Recommendation"),
     _c("addressee", str, "Адресат", "Алушы", "Addressee"),
     _c("due_date", str, "Срок", "Мерзімі", "Due"),
     _c("evidence", str, "Доказательства", "Дәлелдер", "Evidence"), SEARCH),
    foreign_keys=(("visit_id", "visits"),), search=("text", "recommendation", "search"),
    label_column="text")

RECOMMENDATIONS = TableSpec(
    "recommendations", N_("Recommendations"),
    N_("Recommendations of the findings, with addressee and due date"),
    (_c("id", str, "Код", "Коды", "Id"), _c("finding_id", str, "Вывод", "Тұжырым", "Finding"),
     VISIT, NUMBER, _c("text", str, "Рекомендация", "Ұсыным", "Recommendation"),
     _c("addressee", str, "Адресат", "Алушы", "Addressee"),
     _c("due_date", str, "Срок", "Мерзімі", "Due"),
     _c("status", str, "Что с ней стало (open, implemented, partly_implemented, "
        "not_implemented, answered_formally, withdrawn)",
        "Не болды (open, implemented, partly_implemented, not_implemented, "
        "answered_formally, withdrawn)",
        "What became of it (open, implemented, partly_implemented, not_implemented, "
        "answered_formally, withdrawn)"),
     _c("status_label", str, "Статус рекомендации", "Ұсыным мәртебесі", "Recommendation status"),
     _c("status_on", str, "Статус с", "Мәртебе күні", "Status since"),
     _c("status_by", str, "Кем установлен", "Кім белгіледі", "Set by"),
     _c("checked_on_visit", str, "Проверена на визите", "Сапарда тексерілді",
        "Checked on visit"), SEARCH),
    foreign_keys=(("finding_id", "findings"), ("visit_id", "visits")),
    search=("text", "addressee", "search"))

PHOTOS = TableSpec(
    "photos", N_("Photos"),
    N_("Photo details and SHA-256; the pictures themselves only with --with-photos and never "
       "those showing faces"),
    (_c("id", str, "Код", "Коды", "Id"), VISIT, _c("sha256", str, "SHA-256", "SHA-256", "SHA-256"),
     _c("ext", str, "Расширение", "Кеңейтім", "Extension"),
     _c("size", int, "Размер, байт", "Өлшемі, байт", "Size, bytes"),
     _c("width", int, "Ширина, пикс.", "Ені, пикс.", "Width, px"),
     _c("height", int, "Высота, пикс.", "Биіктігі, пикс.", "Height, px"),
     _c("caption", str, "Подпись", "Қолтаңба", "Caption"),
     _c("taken_at", str, "Снято", "Түсірілді", "Taken at"),
     _c("latitude", float, "Широта", "Ендік", "Latitude"),
     _c("longitude", float, "Долгота", "Бойлық", "Longitude"),
     _c("question_id", str, "К вопросу", "Сұраққа", "For question"),
     _c("shows_faces", int, "Видны лица (1/0)", "Беттер көрінеді (1/0)", "Shows faces (1/0)"),
     _c("original_name", str, "Имя файла", "Файл аты", "File name"),
     _c("content", bytes, "Снимок", "Сурет", "Picture")),
    foreign_keys=(("visit_id", "visits"),))

INQUIRY = _c("inquiry_id", str, "Запрос", "Сауал", "Inquiry")
INQUIRIES = TableSpec(
    "inquiries", N_("Deputy inquiries"),
    N_("The team's inquiries: addressee, status on the day of the export, answer due, the "
       "answer's rating"),
    (_c("id", str, "Код", "Коды", "Id"), _c("title", str, "Заголовок", "Тақырыбы", "Title"),
     _c("addressee", str, "Адресат", "Адресат", "Addressee"),
     _c("language", str, "Язык", "Тілі", "Language"),
     _c("status", str, "Статус (draft, announced, answered, overdue, closed)",
        "Мәртебесі (draft, announced, answered, overdue, closed)",
        "Status (draft, announced, answered, overdue, closed)"),
     _c("status_label", str, "Статус", "Мәртебесі", "Status"),
     _c("announced_on", str, "Оглашён", "Жарияланды", "Announced"),
     _c("term_days", int, "Срок ответа, дней", "Жауап мерзімі, күн", "Answer term, days"),
     _c("due_date", str, "Ответ до", "Жауап мерзімі", "Answer due"),
     _c("days_left", int, "Осталось дней (минус: просрочено)", "Қалған күн (минус: өтті)",
        "Days left (minus: overdue)"),
     _c("answered_on", str, "Ответ получен", "Жауап алынды", "Answer received"),
     _c("answer_from", str, "От кого", "Кімнен", "From"),
     _c("rating", str, "Оценка ответа (худшая по просьбам)", "Жауап бағасы (ең төмені)",
        "The answer's rating (the weakest over the requests)"),
     _c("findings", int, "Выводов", "Тұжырым", "Findings"), SEARCH),
    search=("title", "addressee", "answer_from", "search"), label_column="title")

INQUIRY_FINDINGS = TableSpec(
    "inquiry_findings", N_("Findings of inquiries"),
    N_("The findings each inquiry rests on (those of the visits exported)"),
    (INQUIRY, _c("finding_id", str, "Вывод", "Тұжырым", "Finding")),
    pk=("inquiry_id", "finding_id"),
    foreign_keys=(("inquiry_id", "inquiries"), ("finding_id", "findings")))

INQUIRY_RATINGS = TableSpec(
    "inquiry_requests", N_("Requests of inquiries and their answers"),
    N_("Each request of an inquiry and the rating of the answer to it"),
    (INQUIRY, _c("request", int, "№ просьбы", "Өтініш №", "Request no."),
     _c("text", str, "Просьба", "Өтініш", "Request"),
     _c("rating", str, "Оценка (substantive, partial, formal, refused)",
        "Бағасы (substantive, partial, formal, refused)",
        "Rating (substantive, partial, formal, refused)"),
     _c("rating_label", str, "Оценка", "Бағасы", "Rating"),
     _c("note", str, "Примечание", "Ескертпе", "Note")),
    pk=("inquiry_id", "request"),
    foreign_keys=(("inquiry_id", "inquiries"),))

TABLES: tuple[TableSpec, ...] = (FACILITIES, VISITS, ANSWERS, KEY_FIGURES, WAGES, INTERVIEWS,
                                 INTERVIEW_FIGURES, FINDINGS, RECOMMENDATIONS, PHOTOS, INQUIRIES,
                                 INQUIRY_FINDINGS, INQUIRY_RATINGS)


@dataclass(frozen=True)
class View:
    name: str
    title: Text
    description: Text
    sql: str


_WAGE_GROUP = """SELECT {keys} category, category_label,
       CASE WHEN count(average) > 0 THEN count(average) ELSE count(minimum) END AS institutions,
       round(avg(average)) AS average, min(minimum) AS minimum,
       round(avg(regional_average)) AS regional_average,
       count(regional_average) AS regional_answered{extra},
       100.0 * round(avg(average)) / round(avg(regional_average)) AS pct_regional
FROM visit_wages
GROUP BY {group}, category"""

# The summary's arithmetic, in SQL: each figure over the institutions that answered it; the
# percentage from the group's own rounded averages, so a reader's own division agrees.
VIEWS: tuple[View, ...] = (
    View("visit_wages",
         N_("Wages by visit"),
         N_("Each staff category's wage at each institution beside the regional average"),
         """SELECT w.visit_id, v.facility_id, v.institution, v.kind, v.kind_label, v.region,
       v.region_label, v.started_on, v.year, v.status, w.category, w.category_label,
       w.average, w.minimum, w.regional_average, w.pct_regional, w.below_regional
FROM wages w JOIN visits v ON v.id = w.visit_id"""),
    View("wages_vs_regional",
         N_("Wages against the regional average, by kind and region"),
         N_("As the summary computes it: over the institutions that answered"),
         _WAGE_GROUP.format(keys="kind, kind_label, region, region_label,", extra="",
                            group="kind, region")),
    View("wages_by_kind",
         N_("Wages against the regional average, by kind (the summary's table)"),
         N_("All regions of the selection together; regions: how many gave the average"),
         _WAGE_GROUP.format(keys="kind, kind_label,", extra=",\n       count(DISTINCT CASE "
                            "WHEN regional_average IS NOT NULL THEN region END) AS regions",
                            group="kind")),
    View("without_social_package",
         N_("Institutions without a social package"),
         N_("Visits whose answer on the social package says there is none"),
         """SELECT k.visit_id, k.facility_id, k.institution, v.kind_label, v.region_label,
       k.started_on, k.year, k.status
FROM key_figures k JOIN visits v ON v.id = k.visit_id
WHERE k.no_social_package = 1"""),
    View("ppe_short",
         N_("PPE short"),
         N_("No PPE, or a stock below the checklist's norm"),
         """SELECT k.visit_id, k.facility_id, k.institution, v.kind_label, v.region_label,
       k.started_on, k.year, k.status,
       (SELECT value_label FROM answers a WHERE a.visit_id = k.visit_id
        AND a.question_id = 'ppe_available') AS ppe_available,
       (SELECT value_number FROM answers a WHERE a.visit_id = k.visit_id
        AND a.question_id = 'ppe_stock_days') AS ppe_stock_days
FROM key_figures k JOIN visits v ON v.id = k.visit_id
WHERE k.ppe_short = 1"""),
    View("red_lines",
         N_("Red lines"),
         N_("Answers the report puts on its first page"),
         """SELECT a.visit_id, v.facility_id, v.institution, v.kind_label, v.region_label,
       v.started_on, v.year, v.status, a.question_number, a.question, a.value_label, a.comment
FROM answers a JOIN visits v ON v.id = a.visit_id
WHERE a.red_line = 1"""),
)

# The inquiry's question as one query on a view (README, metadata's canned queries, a test).
NURSES_BELOW_60 = """SELECT count(DISTINCT facility_id) AS elderly_homes
FROM visit_wages
WHERE kind = 'elderly_home' AND category = 'nurse' AND pct_regional < 60 AND year >= 2024"""
