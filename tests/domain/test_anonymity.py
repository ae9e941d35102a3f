"""What may be said of one interviewee: bands, aggregates withheld below three, names in text."""

from __future__ import annotations

import pytest

from inspector.domain.anonymity import (
    MIN_GROUP,
    age_band,
    choice_counts,
    gender_of_name,
    names_in,
    spread,
    tenure_band,
)


@pytest.mark.parametrize(("years", "ru"), [(0, "до 1 года"), (0.9, "до 1 года"), (1, "1–3 года"),
                                           (4.2, "3–5 лет"), (7, "5–10 лет"),
                                           (23, "более 10 лет"), (None, None), ("x", None),
                                           (-1, None)])
def test_tenure_is_said_as_a_band(years, ru):
    assert tenure_band(years, "ru") == ru


def test_bands_in_every_language():
    assert tenure_band(11, "kk") == "10 жылдан астам" and tenure_band(2, "en") == "1–3 years"
    assert age_band(34, "ru") == "25–34 года" and age_band(61, "kk") == "55 және одан жоғары"


def test_a_figure_over_fewer_than_three_interviewees_is_withheld():
    assert MIN_GROUP == 3
    two = spread([150_000, 98_000, None, ""])
    assert two.answered == 2 and two.suppressed and two.median is None and two.low is None
    four = spread([150_000, 98_000, 120_000, 200_000])
    assert (four.answered, four.median, four.low, four.high) == (4, 135_000, 98_000, 200_000)


def test_choice_counts_count_people_not_values():
    counts, answered = choice_counts(["yes", "no", "yes", None, ["low_wage", "workload"]])
    assert answered == 4 and counts["yes"] == 2 and counts["low_wage"] == 1


def test_names_in_free_text_are_found_and_public_names_are_not():
    text = ("Со слов Жанар Секретова, директор Ахметов Б. С. запрещает жаловаться. Медсестра "
            "Айгуль Сериковна плакала. Завхоз Серік ұлы. Депутат М. Магеррамов видел журнал. "
            "Кровля течёт в Қарттар үйі «Әже», г. Алматы.")
    assert names_in(text, allowed=["М. Магеррамов"]) == [
        "Жанар Секретова", "Ахметов Б. С.", "Айгуль Сериковна", "Серік ұлы"]
    # A given name alone is found only because the visit recorded it as an interviewee's name.
    assert names_in("Жанар устала", known_names=["Жанар Секретова"]) == ["Жанар"]
    assert names_in("Жанар устала") == []


def test_ordinary_sentences_are_not_names():
    text = ("Кровля течёт. Приказ МЗ РК № 123 не исполнен. Центр обслуживания населения "
            "работает с 9:00. Отделение Милосердия закрыто. Вода в Алматы отключена.")
    assert names_in(text) == []


@pytest.mark.parametrize(("name", "gender"), [("Айгуль Сериковна", "f"), ("Мурат Ахметов", "m"),
                                               ("Иванова Анна", "f"), ("Асан қызы Әлия", "f"),
                                               ("Ерлан Серік ұлы", "m"), ("Жанар", None),
                                               ("", None)])
def test_gender_from_a_patronymic_or_a_surname(name, gender):
    assert gender_of_name(name) == gender
