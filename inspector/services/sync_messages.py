"""What a sync says to a person, in ru, kk and en: its outcome and why it stopped.

The sync client raises plain exceptions with technical detail for the log; this module turns them
and the SyncReport into the sentences an aide reads, for the command line and the desktop app.
"""

from __future__ import annotations

from ..domain.text import pick
from ..sync.client import (
    AuthRequired,
    ConnectionBroken,
    ProtocolMismatch,
    ServerUnreachable,
    SignInLimited,
    SyncError,
)
from ..sync.protocol import DELETED_FIELD
from .sync import SyncReport

_ERRORS = [
    (AuthRequired, {"ru": "Неверное имя пользователя или пароль, либо учётная запись отключена",
                    "kk": "Пайдаланушы аты немесе құпиясөз қате, не тіркелгі өшірілген",
                    "en": "Wrong user name or password, or the account is disabled"}),
    (ProtocolMismatch, {"ru": "Версии программы и сервера несовместимы: {detail}",
                        "kk": "Бағдарлама мен сервер нұсқалары үйлеспейді: {detail}",
                        "en": "The app and the server versions are incompatible: {detail}"}),
    (SignInLimited, {"ru": "Слишком много неудачных попыток входа с этим именем или с этого "
                           "адреса. Подождите {wait} с и повторите; данные на ноутбуке сохранены",
                     "kk": "Осы атпен не осы мекенжайдан кіру әрекеттері тым көп рет сәтсіз "
                           "болды. {wait} с күтіп, қайталаңыз; ноутбуктегі деректер сақталды",
                     "en": "Too many failed sign-ins with this name or from this address. Wait "
                           "{wait} s and try again; everything on this laptop is saved"}),
    # Before ServerUnreachable, its parent: the server was reached, its answer broke off.
    (ConnectionBroken, {"ru": "Связь с сервером {server} оборвалась во время ответа. Данные на "
                              "ноутбуке сохранены; повторите синхронизацию — она продолжится с "
                              "того места, где остановилась",
                        "kk": "{server} серверімен байланыс жауап кезінде үзілді. Ноутбуктегі "
                              "деректер сақталды; синхрондауды қайталаңыз — ол тоқтаған жерінен "
                              "жалғасады",
                        "en": "The connection to the server {server} broke off during its "
                              "answer. Everything on this laptop is saved; sync again and it "
                              "continues where it stopped"}),
    (ServerUnreachable, {"ru": "Сервер {server} недоступен. Данные на ноутбуке сохранены; "
                               "повторите синхронизацию, когда будет связь",
                         "kk": "{server} сервері қолжетімсіз. Ноутбуктегі деректер сақталды; "
                               "байланыс болғанда синхрондауды қайталаңыз",
                         "en": "The server {server} cannot be reached. Everything on this laptop "
                               "is saved; sync again when there is a connection"}),
    (SyncError, {"ru": "Синхронизация не завершена: {detail}. Данные сохранены; повторите позже",
                 "kk": "Синхрондау аяқталмады: {detail}. Деректер сақталды; кейін қайталаңыз",
                 "en": "Sync did not finish: {detail}. Everything is saved; try again later"}),
]

_DONE = {
    "ru": "Отправлено визитов: {vs}, фото: {ps}; получено визитов: {vr}, фото: {pr}; "
          "{up} отправлено, {down} получено за {sec:.1f} с",
    "kk": "Жіберілген сапарлар: {vs}, фотосуреттер: {ps}; алынған сапарлар: {vr}, "
          "фотосуреттер: {pr}; {up} жіберілді, {down} алынды, {sec:.1f} с",
    "en": "Sent {vs} visits, {ps} photos; received {vr} visits, {pr} photos; "
          "{up} up, {down} down in {sec:.1f} s",
}
_CONFLICTS = {
    "ru": "Требуют решения: {n} (одно поле изменено по-разному на разных ноутбуках; сохранены "
          "оба значения — выберите нужное в программе)",
    "kk": "Шешім қажет: {n} (бір өріс әр ноутбукта әртүрлі өзгертілген; екі мән де сақталды — "
          "бағдарламада қажеттісін таңдаңыз)",
    "en": "Need review: {n} (the same field was changed differently on two laptops; both values "
          "are kept — choose one in the app)",
}
_RESENT = {
    "ru": "Сервер не знал {n} записей — отправлены заново (сервер восстановлен из резервной копии "
          "или заменён); на других ноутбуках команды синхронизируйте тоже",
    "kk": "Сервер {n} жазбаны білмеді — қайта жіберілді (сервер сақтық көшірмеден қалпына "
          "келтірілген не ауыстырылған); команданың басқа ноутбуктерінде де синхрондаңыз",
    "en": "The server did not know {n} records — sent again (the server was restored from a "
          "backup or replaced); sync the team's other laptops too",
}
_KEPT = {
    "ru": "Требуют решения: {n} (визит или объект удалён на одном ноутбуке, а на другом в нём "
          "продолжали работу; ничего не удалено — решите в программе, сохранить его или удалить)",
    "kk": "Шешім қажет: {n} (сапар немесе нысан бір ноутбукта жойылды, ал екіншісінде онымен "
          "жұмыс жалғасты; ештеңе жойылған жоқ — бағдарламада сақтау не жою керегін шешіңіз)",
    "en": "Need review: {n} (a visit or facility was deleted on one laptop while work went on in "
          "it on another; nothing is deleted yet — decide in the app whether to keep or delete it)",
}
_DECISION_WAITING = {
    "ru": "Ждут вашего решения на этом ноутбуке: {n} — откройте «Требует проверки»",
    "kk": "Осы ноутбукта шешіміңізді күтуде: {n} — «Тексеруді қажет етеді» терезесін ашыңыз",
    "en": "Waiting for your decision on this laptop: {n} — open “Needs review”",
}
_REFUSED = {"ru": "Сервер не принял: {n}", "kk": "Сервер қабылдамады: {n}",
            "en": "Refused by the server: {n}"}


_HELD = {
    "ru": "Не отправлено, оставлено на этом ноутбуке: {n}. Сервер не принимает значение поля; "
          "исправьте запись — она уйдёт со следующей синхронизацией, остальное синхронизировано",
    "kk": "Жіберілмеді, осы ноутбукта қалды: {n}. Сервер өріс мәнін қабылдамайды; жазбаны "
          "түзетіңіз — ол келесі синхрондауда жіберіледі, қалғаны синхрондалды",
    "en": "Not sent, kept on this laptop: {n}. The server does not accept a field's value; "
          "correct the record and it goes with the next sync; everything else was synced",
}
_WAITING = {"ru": "Ещё изменений ждут эти записи: {n}", "kk": "Осы жазбаларды күтетін тағы "
            "өзгерістер: {n}", "en": "Further changes waiting for these records: {n}"}
_NOT_APPLIED = {
    "ru": "Не принято с сервера: {n}. Копия на сервере содержит значение, которое программа не "
          "может сохранить; на ноутбуке оставлена прежняя версия — сообщите администратору",
    "kk": "Серверден қабылданбады: {n}. Сервердегі көшірмеде бағдарлама сақтай алмайтын мән "
          "бар; ноутбукта бұрынғы нұсқасы қалды — әкімшіге хабарлаңыз",
    "en": "Not taken from the server: {n}. The server's copy holds a value this app cannot "
          "store; the previous version stays on this laptop — tell the administrator",
}
_ENTITY = {
    "facility": {"ru": "учреждение", "kk": "мекеме", "en": "institution"},
    "visit": {"ru": "визит", "kk": "сапар", "en": "visit"},
    "answer": {"ru": "ответ", "kk": "жауап", "en": "answer"},
    "photo": {"ru": "фото", "kk": "фотосурет", "en": "photo"},
    "interview": {"ru": "интервью", "kk": "сұхбат", "en": "interview"},
    "finding": {"ru": "вывод", "kk": "тұжырым", "en": "finding"},
}
_FIELD_LINE = {"ru": "  {entity} {id}: поле «{field}» — {why}",
               "kk": "  {entity} {id}: «{field}» өрісі — {why}",
               "en": "  {entity} {id}: field “{field}” — {why}"}
_RECORD_LINE = {"ru": "  {entity} {id}: {why}", "kk": "  {entity} {id}: {why}",
                "en": "  {entity} {id}: {why}"}
_WHY = {
    "wrong_type": {"ru": "значение не того вида", "kk": "мәннің түрі қате",
                   "en": "the value is of the wrong kind"},
    "too_long": {"ru": "слишком длинное значение", "kk": "мән тым ұзын",
                 "en": "the value is too long"},
    "out_of_range": {"ru": "число вне допустимых пределов", "kk": "сан рұқсат етілген шектен тыс",
                     "en": "the number is outside the allowed range"},
    "not_a_date": {"ru": "это не дата", "kk": "бұл күн емес", "en": "this is not a valid date"},
    "unknown_value": {"ru": "недопустимое значение", "kk": "жарамсыз мән",
                      "en": "the value is not one of those allowed"},
    "bad_text": {"ru": "текст содержит недопустимые символы", "kk": "мәтінде жарамсыз таңбалар бар",
                 "en": "the text contains characters that cannot be stored"},
    "bad_link": {"ru": "неверная ссылка на доказательство", "kk": "дәлелге сілтеме қате",
                 "en": "a link to evidence is malformed"},
    "bad_box": {"ru": "рамка лица выходит за пределы фотографии",
                "kk": "бет жақтауы фотосуреттен тыс шығады",
                "en": "a face box lies outside the photo"},
    "no_data_mixed": {"ru": "в ответе одновременно цифра и «нет данных»",
                      "kk": "жауапта бір мезгілде сан да, «мәлімет жоқ» та бар",
                      "en": "the answer is a figure and «no data» at once"},
    "parent_refused": {"ru": "не принят визит или учреждение, к которому она относится",
                       "kk": "ол жататын сапар немесе мекеме қабылданбады",
                       "en": "the visit or institution it belongs to was not taken"},
    "unreadable": {"ru": "запись не удалось прочитать", "kk": "жазбаны оқу мүмкін болмады",
                   "en": "the record could not be read"},
}
_WHY_OTHER = {"ru": "значение не принято", "kk": "мән қабылданбады", "en": "the value is refused"}


def field_problem_line(problem: dict, lang: str) -> str:
    """One record kept aside: its kind, the start of its id, the field and why, for a person."""
    if not problem.get("field"):
        return pick(_RECORD_LINE, lang).format(
            entity=pick(_ENTITY.get(problem.get("entity", "")), lang) or problem.get("entity", ""),
            id=str(problem.get("record_id", ""))[:8],
            why=pick(_WHY.get(problem.get("code", ""), _WHY_OTHER), lang))
    return pick(_FIELD_LINE, lang).format(
        entity=pick(_ENTITY.get(problem.get("entity", "")), lang) or problem.get("entity", ""),
        id=str(problem.get("record_id", ""))[:8], field=problem.get("field", ""),
        why=pick(_WHY.get(problem.get("code", ""), _WHY_OTHER), lang))


def kept_aside_message(held: list[dict], waiting: int, not_applied: list[dict], lang: str) -> str:
    """What a sync left out and why, or "" when it left nothing out."""
    lines = []
    if held:
        lines.append(pick(_HELD, lang).format(n=len(held)))
        lines.extend(field_problem_line(p, lang) for p in held)
        if waiting:
            lines.append(pick(_WAITING, lang).format(n=waiting))
    if not_applied:
        lines.append(pick(_NOT_APPLIED, lang).format(n=len(not_applied)))
        lines.extend(field_problem_line(p, lang) for p in not_applied)
    return "\n".join(lines)


def error_message(error: SyncError, lang: str, server: str = "") -> str:
    for kind, texts in _ERRORS:
        if isinstance(error, kind):
            return pick(texts, lang).format(detail=error.message, server=server,
                                            wait=getattr(error, "retry_after", ""))
    return error.message


def report_message(report: SyncReport, lang: str) -> str:
    lines = [pick(_DONE, lang).format(
        vs=report.visits_sent, ps=report.photos_uploaded, vr=report.visits_received,
        pr=report.photos_downloaded, up=_size(report.bytes_up), down=_size(report.bytes_down),
        sec=report.seconds)]
    if report.resent_records:
        lines.append(pick(_RESENT, lang).format(n=report.resent_records))
    kept = [c for c in report.conflicts if c["field"] == DELETED_FIELD]
    if len(kept) < len(report.conflicts):
        lines.append(pick(_CONFLICTS, lang).format(n=len(report.conflicts) - len(kept)))
    if kept:
        lines.append(pick(_KEPT, lang).format(n=len(kept)))
    if report.open_conflicts and not report.conflicts:
        lines.append(pick(_DECISION_WAITING, lang).format(n=report.open_conflicts))
    if report.rejected:
        lines.append(pick(_REFUSED, lang).format(n=len(report.rejected)))
        lines.extend(f"  {r['entity']} {r['record_id']}: {r['message']}" for r in report.rejected)
    aside = kept_aside_message(report.held, report.waiting, report.not_applied, lang)
    if aside:
        lines.append(aside)
    return "\n".join(lines)


def _size(count: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return str(count)
