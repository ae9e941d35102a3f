"""Errors a user may see: each one knows how to say itself in ru, kk and en."""

from __future__ import annotations

from .text import DEFAULT_LANGUAGE, N_, RECORD_NAMES, Message, pick


class InspectorError(Exception):
    """Base of every error shown to a user.

    Subclasses set `texts`: a message per language, formatted with the keyword arguments given to
    the constructor. The English text is also the exception's str(), for logs and tracebacks.
    """

    texts: Message = N_("Error: {detail}")

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return pick(self.texts, lang).format(**self.params)

    def __reduce__(self) -> tuple[object, ...]:
        # Exception pickling replays args=(message,), which fits no subclass's constructor; an
        # error raised in a worker process (services.worker) must arrive whole, texts and all.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(cls: type[InspectorError], args: tuple[object, ...],
             state: dict[str, object]) -> InspectorError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class NotFound(InspectorError):
    texts = N_("Not found ({what}): {id}")

    def message(self, lang: str = DEFAULT_LANGUAGE) -> str:
        what = str(self.params.get("what", ""))
        return pick(self.texts, lang).format(id=self.params.get("id", ""),
                                            what=pick(RECORD_NAMES.get(what), lang) or what)


class InvalidInput(InspectorError):
    texts = N_("Invalid input: {detail}")


class ExportCancelled(InspectorError):
    """A person pressed Cancel: no file was written (every export writes beside its target and
    renames only when complete)."""

    texts = N_("Export cancelled; no file was written")
