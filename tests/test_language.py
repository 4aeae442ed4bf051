"""is_english: a paragraph in another language is told apart; English, names and short lines
are never taken for one."""

from __future__ import annotations

import pytest

from lint.document.language import is_english


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno anunció que las obras de la nueva estación terminarán en marzo.",
        "Le conseil municipal a voté hier soir pour la fermeture des écoles du quartier.",
        "O governo disse que não vai aumentar os impostos este ano.",
        "Il sindaco ha detto che la piazza sarà chiusa per tutta la settimana.",
        "Der Bürgermeister sagte, dass die Brücke nicht vor dem Sommer geöffnet wird.",
        "De gemeente heeft besloten dat het plein voor het verkeer wordt gesloten.",
        "Actualiza tus hábitos alimenticios este año, sin necesidad de hacer dieta.",
        "東京都は明日から新しい交通規制を始めると発表した。",
        "Москва объявила о новых мерах поддержки для малого бизнеса.",
        "Wi-Fiプロテクションは月額で利用できます。",
    ],
)
def test_other_languages_are_not_english(text: str) -> None:
    assert not is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council said the new station would open in March, after two years of delays.",
        # Names with particles, places and bodies in other languages.
        "Ursula von der Leyen met Pedro Sánchez in Los Angeles before flying to El Salvador.",
        "The side: H Smit, CJ van der Berg, D de Villiers, G du Plessis, J Fourie.",
        "Le Monde and El País both ran the story on their front pages on Tuesday.",
        # A foreign phrase inside an English sentence.
        "He shrugged and said c'est la vie, and then he went back to the talks with the unions.",
        "Protesters chanted ¡no pasarán! as the police moved in, but the crowd did not leave.",
        # Loanwords with accents.
        "The café on the corner sold a rosé and a crème brûlée to the fiancé of the protégé.",
        # Too short to tell, or no words at all.
        "Definición de objetivos",
        "Qué pasa",
        "4/2/87 50.0 50.0",
        "",
        # A Chinese name in brackets.
        "Xi Jinping (习近平) told the meeting that the economy would grow this year.",
    ],
)
def test_english_and_too_little_evidence_stay_english(text: str) -> None:
    assert is_english(text)
