"""Which SemEval-2023 Task 3 persuasion technique each signal kind stands for.

The taxonomy has 23 techniques. A kind maps to at most one technique; a kind that is not
a persuasion technique (sourcing, provenance, ``opinion_as_news``) maps to none.
``scare_quotes`` (words in quote marks with no speaker, "the “independent” commission")
marks distance or irony towards the quoted words, which the taxonomy annotates as
Doubt when it questions something's credibility; it maps to ``Doubt``.
Techniques without a kind, and why, are listed in ``LEFT_OUT`` (and in docs/export.md).
"""

from __future__ import annotations

__all__ = ["LEFT_OUT", "TECHNIQUES", "TECHNIQUE_OF"]

#: Signal kind -> SemEval-2023 Task 3 technique label.
TECHNIQUE_OF: dict[str, str] = {
    "loaded_language": "Loaded_Language",
    "name_calling": "Name_Calling-Labeling",
    "exaggeration_minimisation": "Exaggeration-Minimisation",
    "doubt": "Doubt",
    "scare_quotes": "Doubt",
    "questioning_reputation": "Questioning_the_Reputation",
    "appeal_to_fear": "Appeal_to_Fear-Prejudice",
    "flag_waving": "Flag_Waving",
    "appeal_to_authority": "Appeal_to_Authority",
    "appeal_to_popularity": "Appeal_to_Popularity",
    "appeal_to_values": "Appeal_to_Values",
    "appeal_to_hypocrisy": "Appeal_to_Hypocrisy",
    "guilt_by_association": "Guilt_by_Association",
    "causal_oversimplification": "Causal_Oversimplification",
    "consequential_oversimplification": "Consequential_Oversimplification",
    "false_dilemma": "False_Dilemma-No_Choice",
    "whataboutism": "Whataboutism",
    "slogans": "Slogans",
    "conversation_killer": "Conversation_Killer",
    "appeal_to_time": "Appeal_to_Time",
    "repetition": "Repetition",
}

#: Every technique of the taxonomy.
TECHNIQUES: tuple[str, ...] = (
    "Loaded_Language", "Name_Calling-Labeling", "Doubt", "Questioning_the_Reputation",
    "Appeal_to_Hypocrisy", "Guilt_by_Association", "Flag_Waving", "Appeal_to_Authority",
    "Appeal_to_Popularity", "Appeal_to_Values", "Appeal_to_Fear-Prejudice",
    "Causal_Oversimplification", "False_Dilemma-No_Choice", "Consequential_Oversimplification",
    "Straw_Man", "Red_Herring", "Whataboutism", "Slogans", "Conversation_Killer",
    "Appeal_to_Time", "Obfuscation-Vagueness-Confusion", "Exaggeration-Minimisation",
    "Repetition",
)

#: Techniques with no signal kind, and why.
LEFT_OUT: dict[str, str] = {
    "Straw_Man": "needs the opponent's real position to see it distorted; no surface cue",
    "Red_Herring": "an irrelevant turn is only visible against the argument's topic",
    "Obfuscation-Vagueness-Confusion": "vagueness has no stable wording; cue words fired "
    "on ordinary hedged reporting",
}
