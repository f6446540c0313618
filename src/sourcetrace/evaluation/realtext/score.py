"""Score one JSON export against the real-text gold (see ``benchmarks/realtext/README.md``).

Only what the export says is scored. Per article, ``score_articles`` returns counts and the
errors behind them; ``aggregate`` pools the counts of any group of articles into rates.

Matching rules (all on text made comparable by ``normalise``: whitespace collapsed, quote
marks plain, case folded):

- an exported entity with a mention in the article is right when one of its mention texts
  is a form of a gold entity of the article with a compatible type (the finer ORG types
  are ORG; GPE and LOC are both places); with no such form it is junk, with forms of gold
  entities of other types only it has the wrong type. A gold entity is found when an
  exported entity has a mention matching one of its forms, whatever the type;
- clusters: each exported mention matching a gold form is an item; the exported entity is
  its cluster, the gold cluster is the gold ``kb_id``, else name and type;
- a gold quote is found when an exported quote's text contains its first words; its
  speaker is right when the exported speaker entity has a mention in the article (or a
  name) that is a form of the gold speaker, or shares its ``kb_id``, or when the speaker
  text is one of its forms;
- a gold figure is matched to an exported figure whose words equal, contain or lie inside
  its words (at the gold's ``n``-th occurrence of its string when ``n`` is given);
  ``counted`` is compared as a key, lower case and singular, with the export's ``unit``
  standing in when it has no ``counted`` ("%" is "percent");
- a boilerplate line is left when its first words are still in the exported text (or
  headline) at the start of a line; a long one (25 characters, three words) anywhere,
  since plain-text sources glue furniture to the body.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sourcetrace.evaluation.realtext.gold import Article, normalise
from sourcetrace.evaluation.realtext.lines import QUOTE_CHARS, pattern, score_lines

__all__ = ["ArticleScore", "aggregate", "score_articles"]

_ORG_TYPES = {"ARMED_GROUP", "AGENCY", "MEDIA", "COMPANY", "PARTY", "IGO"}
#: Singular keys the gold uses for plurals that English does not form with -s.
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "persons": "person", "police": "police", "deaths": "death", "dead": "dead"}
#: The export's units under the keys the gold writes for them in ``counted``
#: (benchmarks/realtext/README.md: singular English keys, one spelling).
_UNIT_KEYS = {"%": "percent", "pp": "percentage point", "km": "kilometre", "m": "metre",
              "cm": "centimetre", "mm": "millimetre", "kg": "kilogram", "t": "tonne",
              "mi": "mile", "h": "hour", "min": "minute", "s": "second",
              "°C": "degree celsius", "°F": "degree fahrenheit"}
_FIGURE_ATTRIBUTES = ("per", "counted", "qualifier", "value", "currency")


def entity_class(kind: str | None) -> str:
    """The class two types must share to be compatible."""
    kind = kind or ""
    if kind in _ORG_TYPES:
        return "ORG"
    if kind in {"GPE", "LOC"}:
        return "PLACE"
    return kind


def counted_key(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    word = normalise(value)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@dataclass(slots=True)
class ArticleScore:
    id: str
    language: str
    split: str
    counts: Counter[str] = field(default_factory=Counter)
    #: (exported entity id, gold cluster) for every exported mention matching a gold form.
    items: list[tuple[str, str]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: gold figure key → exported figure id (for checks).
    figure_match: dict[str, str] = field(default_factory=dict)

    def error(self, kind: str, **detail: Any) -> None:
        self.errors.append({"article": self.id, "kind": kind, **detail})


class _Export:
    def __init__(self, export: dict[str, Any]) -> None:
        self.articles = {a["id"]: a for a in export.get("articles", [])}
        self.entities = {e["id"]: e for e in export.get("entities", [])}
        self.mentions: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for entity in export.get("entities", []):
            for mention in entity.get("mentions", []):
                self.mentions[mention["article_id"]][entity["id"]].append(mention["text"])
        self.quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for quote in export.get("quotes", []):
            self.quotes[quote["article_id"]].append(quote)
        self.figures: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for figure in export.get("figures", []):
            self.figures[figure["article_id"]].append(figure)
        self.check_verdicts = [(set(c.get("items", [])), c.get("verdict"))
                               for c in export.get("checks", [])]


def score_articles(articles: Sequence[Article], export: dict[str, Any]) -> list[ArticleScore]:
    """Counts and errors for every article (articles with gold problems are left out)."""
    data = _Export(export)
    scores = {a.id: _score_article(a, data) for a in articles if not a.problems}
    for article in articles:
        if article.id in scores:
            _score_checks(article, scores[article.id], scores, data)
    return list(scores.values())


def _score_article(article: Article, data: _Export) -> ArticleScore:
    score = ArticleScore(article.id, article.language, article.split)
    gold = article.gold
    exported = data.articles.get(article.id)
    if exported is None:
        score.error("article_missing", detail="the export has no article with this id")
    text = (exported or {}).get("text") or ""
    seen_text = text + "\n" + ((exported or {}).get("headline") or "")
    entities = [e for e in gold.get("entities", [])]
    by_key = {e["key"]: e for e in entities}
    forms: dict[str, list[str]] = defaultdict(list)
    for entity in entities:
        for form in entity.get("forms", []):
            if entity["key"] not in forms[normalise(form)]:
                forms[normalise(form)].append(entity["key"])
    _score_entities(score, data.mentions.get(article.id, {}), data, by_key, forms)
    _score_quotes(score, gold.get("quotes", []), data.quotes.get(article.id, []), data, by_key,
                  article.id)
    _score_figures(score, gold.get("figures", []), data.figures.get(article.id, []), text,
                   article.source.title if article.source is not None else None)
    score_lines(score, article, text, seen_text, data.quotes.get(article.id, []))
    return score


def _cluster(entity: dict[str, Any]) -> str:
    if entity.get("kb_id"):
        return f"kb:{entity['kb_id']}"
    return f"name:{normalise(entity.get('name', ''))}|{entity_class(entity.get('type'))}"


def _score_entities(score: ArticleScore, mentions: dict[str, list[str]], data: _Export,
                    by_key: dict[str, dict[str, Any]], forms: dict[str, list[str]]) -> None:
    found: set[str] = set()
    for entity_id, texts in mentions.items():
        entity = data.entities[entity_id]
        keys = [k for t in texts for k in forms.get(normalise(t), [])]
        found.update(keys)
        for text in texts:
            hit = forms.get(normalise(text))
            if hit:
                score.items.append((entity_id, _cluster(by_key[hit[0]])))
        score.counts["entities_exported"] += 1
        if not keys:
            score.error("entity_junk", entity=entity.get("name"), type=entity.get("type"),
                        mentions=sorted(set(texts)))
        elif all(entity_class(by_key[k]["type"]) != entity_class(entity.get("type"))
                 for k in keys):
            score.error("entity_wrong_type", entity=entity.get("name"),
                        type=entity.get("type"), gold_type=by_key[keys[0]]["type"],
                        gold=by_key[keys[0]]["name"])
        else:
            score.counts["entities_right"] += 1
    score.counts["entities_gold"] += len(by_key)
    score.counts["entities_found"] += len(found)
    for key, entity in by_key.items():
        if key not in found:
            score.error("entity_missed", gold=entity["name"], type=entity["type"])


def _speaker_right(quote: dict[str, Any], gold_entity: dict[str, Any], data: _Export,
                   article_id: str) -> bool:
    gold_forms = {normalise(f) for f in gold_entity.get("forms", [])}
    gold_forms.add(normalise(gold_entity.get("name", "")))
    speaker = quote.get("speaker") or {}
    entity = data.entities.get(speaker.get("entity_id") or "")
    if entity is not None:
        if gold_entity.get("kb_id") and entity.get("kb_id") == gold_entity["kb_id"]:
            return True
        names = [entity.get("name", ""), *data.mentions.get(article_id, {}).get(entity["id"], [])]
        if any(normalise(n) in gold_forms for n in names):
            return True
    text = speaker.get("text")
    return isinstance(text, str) and normalise(text) in gold_forms


def _score_quotes(score: ArticleScore, gold_quotes: list[dict[str, Any]],
                  exported: list[dict[str, Any]], data: _Export,
                  by_key: dict[str, dict[str, Any]], article_id: str) -> None:
    texts = [normalise(q.get("text", "")) for q in exported]
    used: set[int] = set()
    for quote in gold_quotes:
        score.counts["quotes_gold"] += 1
        start = normalise(quote["start"]).strip(QUOTE_CHARS + " ")
        match = next((i for i, t in enumerate(texts) if i not in used and start in t), None)
        if match is None:
            score.error("quote_missed", start=quote["start"], direct=quote.get("direct"))
            continue
        used.add(match)
        score.counts["quotes_found"] += 1
        if quote.get("speaker") is None:
            continue
        gold_entity = by_key[quote["speaker"]]
        score.counts["speakers_gold"] += 1
        if _speaker_right(exported[match], gold_entity, data, article_id):
            score.counts["speakers_right"] += 1
            continue
        speaker = exported[match].get("speaker") or {}
        named = data.entities.get(speaker.get("entity_id") or "")
        score.error("speaker_missing" if not speaker.get("text") and named is None
                    else "speaker_wrong", start=quote["start"], gold=gold_entity["name"],
                    speaker_text=speaker.get("text"),
                    speaker_entity=named.get("name") if named else None)


def _tokens(text: str) -> list[str]:
    return normalise(text).split()


def _inside(small: list[str], big: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _same_number(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(a)))  # type: ignore[arg-type]


def _occurrence(figure: dict[str, Any], text: str, title: str | None) -> int | None:
    """Where the gold's ``n``-th occurrence of the figure's string lies in the exported text
    (occurrences in the title, which the reader sees first, are not in the text)."""
    n = figure.get("n")
    if not isinstance(n, int) or n < 1:
        return None
    n -= sum(1 for _ in pattern(figure["text"]).finditer(title or ""))
    starts = [m.start() for m in pattern(figure["text"]).finditer(text)]
    return starts[n - 1] if 0 < n <= len(starts) else None


def _score_figures(score: ArticleScore, gold_figures: list[dict[str, Any]],
                   exported: list[dict[str, Any]], text: str = "",
                   title: str | None = None) -> None:
    tokens = [_tokens(f.get("text", "")) for f in exported]
    used: set[int] = set()
    for figure in gold_figures:
        score.counts["figures_gold"] += 1
        want = _tokens(figure["text"])
        free = [i for i in range(len(exported)) if i not in used]
        fits = [i for i in free if tokens[i] == want or _inside(tokens[i], want)
                or _inside(want, tokens[i])]
        at = _occurrence(figure, text, title)
        # Where the gold says which occurrence it means, the figure there; else the first
        # with the same words, else the first whose words lie inside or around the gold's.
        match = next((i for i in fits if at is not None
                      and exported[i]["start"] <= at + len(figure["text"])
                      and exported[i]["end"] > at), None)
        if match is None:
            match = next((i for i in fits if tokens[i] == want), None)
        if match is None:
            match = next(iter(fits), None)
        if match is None:
            score.error("figure_missed", text=figure["text"])
            continue
        used.add(match)
        got = exported[match]
        score.figure_match[figure["key"]] = got["id"]
        score.counts["figures_found"] += 1
        right = {
            "per": figure.get("per") == got.get("per"),
            "counted": counted_key(figure.get("counted")) == counted_key(
                got.get("counted") or _UNIT_KEYS.get(got.get("unit") or "", got.get("unit"))),
            "qualifier": figure.get("qualifier") == got.get("qualifier"),
            "value": all(_same_number(figure.get(k), got.get(k)) for k in ("value", "low", "high")),
            "currency": (figure.get("currency") or None) == (got.get("currency") or None),
        }
        for name in _FIGURE_ATTRIBUTES:
            if right[name]:
                score.counts[f"figure_{name}_right"] += 1
                continue
            if name == "value":
                gold_value: Any = [figure.get(k) for k in ("value", "low", "high")]
                got_value: Any = [got.get(k) for k in ("value", "low", "high")]
            else:
                gold_value, got_value = figure.get(name), got.get(name)
                if name == "counted" and got_value is None:
                    got_value = got.get("unit")
            score.error(f"figure_{name}", text=figure["text"], exported=got.get("text"),
                        gold=gold_value, got=got_value)
        if right["per"] and right["counted"] and right["qualifier"]:
            score.counts["figure_per_counted_qualifier_right"] += 1


def _score_checks(article: Article, score: ArticleScore, scores: dict[str, ArticleScore],
                  data: _Export) -> None:
    for check in article.gold.get("checks", []):
        outside = [i for i in check["items"] if ":" in i and i.rpartition(":")[0] not in scores]
        if outside:
            # A figure of an article not scored in this run (another split or language):
            # the pipeline never saw both sides, so the check is left out, not missed.
            score.counts["checks_left_out"] += 1
            continue
        score.counts["checks_gold"] += 1
        wanted: list[str] = []
        for item in check["items"]:
            other, _, key = item.rpartition(":")
            owner = scores.get(other) if other else score
            figure_id = owner.figure_match.get(key) if owner is not None else None
            if figure_id is None:
                score.error("check_missed", items=check["items"], why=f"figure {item} not found")
                break
            wanted.append(figure_id)
        else:
            verdicts = _joining_verdicts(set(wanted), data.check_verdicts)
            if verdicts is None:
                score.error("check_missed", items=check["items"], why="no exported check")
                continue
            score.counts["checks_found"] += 1
            if all(v == check["verdict"] for v in verdicts):
                score.counts["checks_verdict_right"] += 1
            else:
                score.error("check_verdict", items=check["items"], gold=check["verdict"],
                            got=sorted(set(verdicts)))


def _joining_verdicts(wanted: set[str], checks: list[tuple[set[str], str]]) -> list[str] | None:
    """The verdicts of the exported checks that join the wanted figures, or None when they
    do not join all of them. Exported checks may compare two figures at a time: a gold
    check of three figures is found when exported checks link all three."""
    joining = [(items & wanted, verdict) for items, verdict in checks
               if len(items & wanted) >= 2]
    if not joining:
        return None
    reached = {next(iter(wanted))}
    grew = True
    while grew:
        grew = False
        for items, _ in joining:
            if items & reached and not items <= reached:
                reached |= items
                grew = True
    if reached != wanted:
        return None
    return [verdict for _, verdict in joining]


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _bcubed(items: list[tuple[str, str]]) -> dict[str, float | None]:
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    pred: Counter[str] = Counter(p for p, _ in items)
    gold: Counter[str] = Counter(g for _, g in items)
    both: Counter[tuple[str, str]] = Counter(items)
    precision = sum(both[(p, g)] / pred[p] for p, g in items) / len(items)
    recall = sum(both[(p, g)] / gold[g] for p, g in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def aggregate(scores: Iterable[ArticleScore]) -> dict[str, Any]:
    """Counts pooled over ``scores`` and the rates computed from them."""
    scores = list(scores)
    c: Counter[str] = Counter()
    items: list[tuple[str, str]] = []
    for score in scores:
        c.update(score.counts)
        items.extend(score.items)
    found = c["figures_found"]
    metrics: dict[str, Any] = {
        "articles": len(scores),
        "entity_precision": _ratio(c["entities_right"], c["entities_exported"]),
        "entity_recall": _ratio(c["entities_found"], c["entities_gold"]),
        "cluster_bcubed": _bcubed(items),
        "quote_recall": _ratio(c["quotes_found"], c["quotes_gold"]),
        "speaker_accuracy": _ratio(c["speakers_right"], c["speakers_gold"]),
        "quotes_from_boilerplate": c["quotes_from_boilerplate"],
        "figure_recall": _ratio(found, c["figures_gold"]),
        "figure_attributes": {name: _ratio(c[f"figure_{name}_right"], found)
                              for name in _FIGURE_ATTRIBUTES},
        "figure_per_counted_qualifier": _ratio(c["figure_per_counted_qualifier_right"], found),
        "check_recall": _ratio(c["checks_found"], c["checks_gold"]),
        "check_verdict_accuracy": _ratio(c["checks_verdict_right"], c["checks_found"]),
        "boilerplate_left": _ratio(c["boilerplate_left"], c["boilerplate_gold"]),
        "body_lines_lost": _ratio(c["body_lines_lost"], c["body_lines"]),
        "counts": dict(sorted(c.items())),
    }
    return metrics
