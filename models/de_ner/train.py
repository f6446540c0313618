"""Train the German entity model shipped in ``models/de_sourcetrace_ner/``.

GermEval-2014 (CC BY 4.0) train and dev files → spaCy DocBins → ``spacy train`` (CPU, one
thread) on train, best checkpoint on dev → the weights copied into the package folder.

    .venv/bin/python models/de_ner/train.py --data ../shared/eval/germeval2014_de \\
        [--work /tmp/de_ner] [--width 96] [--rows 5000] [--max-steps 12000] [--no-install]

Labels (outer level only; the nested column is ignored):

- PER, ORG, LOC are ours (PERSON, ORG, LOC/GPE in the entities stage).
- OTH (works, events, products, languages) is trained as MISC: the model learns a class for
  "Tour de France" or "Windows" instead of being pushed to call it ORG or nothing; the
  entities stage drops MISC like the other pipelines' MISC.
- ``*deriv`` ("deutsche" = LOCderiv) and ``*part`` ("EU-Kommission" = ORGpart) are O: an
  adjective from a place is not a mention of the place, and a compound that contains a
  name is a common noun for us. ``sourcetrace eval ner`` does not score them either.

The text of each sentence is rebuilt from its tokens the way ``sourcetrace eval ner`` does
(``GoldDocument.build``) and cut again by spaCy's German tokenizer, so training sees the
tokens the pipeline sees at run time; entity spans are aligned to those tokens. Soft
hyphens (U+00AD) are deleted and the stray C1 dash U+0096 becomes U+2013, as in the test file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

# One core: the machine is shared. Set before numpy/thinc import.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "de_sourcetrace_ner" / "de_sourcetrace_ner" / "model"
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}
CHARS = str.maketrans({"\u00ad": None, "\u0096": "\u2013"})

CONFIG = """\
[paths]
train = null
dev = null
vectors = null
init_tok2vec = null

[system]
gpu_allocator = null
seed = 0

[nlp]
lang = "de"
pipeline = ["tok2vec","ner"]
batch_size = 1000
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.ner]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = ${{components.tok2vec.model.encode.width}}
upstream = "*"

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${{components.tok2vec.model.encode.width}}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [{rows},{rows_small},{rows_half},{rows_half}]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = 4
window_size = 1
maxout_pieces = 3

[corpora]

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
dropout = 0.1
accumulate_gradient = 1
patience = {patience}
max_epochs = 0
max_steps = {max_steps}
eval_frequency = {eval_frequency}
frozen_components = []
annotating_components = []
before_to_disk = null
before_update = null

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
get_length = null

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
t = 0.0

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[pretraining]

[initialize]
vectors = ${{paths.vectors}}
init_tok2vec = ${{paths.init_tok2vec}}
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(token, outer tag) per sentence, with our label names and O for deriv/part."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                if current:
                    sentences.append(current)
                current = []
                continue
            if len(cols) < 4:
                raise SystemExit(f"{path}:{number}: expected 4 tab-separated columns")
            token, tag = cols[1].translate(CHARS), cols[2]
            if not token:
                continue  # a token that was only a soft hyphen
            prefix, _, kind = tag.partition("-")
            label = LABELS.get(kind)
            current.append((token, f"{prefix}-{label}" if label else "O"))
    if current:
        sentences.append(current)
    return sentences


def to_docbin(sentences: list[list[tuple[str, str]]], out: Path) -> tuple[int, int]:
    """A DocBin of the sentences; returns (entities kept, entities lost in alignment)."""
    import spacy
    from spacy.tokens import DocBin

    from sourcetrace.evaluation.ner_formats import GoldDocument

    nlp = spacy.blank("de")
    kept = lost = 0
    bin_ = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
    for sentence in sentences:
        gold = GoldDocument(doc_id="", language="de", sentences=[sentence])
        gold.build()
        text = gold.text.rstrip("\n")
        doc = nlp.make_doc(text)
        spans = []
        for start, end, label in _spans([tag for _, tag in sentence]):
            span = doc.char_span(
                gold.offsets[start][0], gold.offsets[end - 1][1], label=label,
                alignment_mode="expand",
            )
            if span is None or any(s.start < span.end and span.start < s.end for s in spans):
                lost += 1
                continue
            spans.append(span)
            kept += 1
        doc.ents = spans
        bin_.add(doc)
    bin_.to_disk(out)
    return kept, lost


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    out = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and typ != kind)
        if kind and (tag == "O" or begins):
            out.append((start, i, kind))
            kind = ""
        if begins:
            start, kind = i, typ
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder with NER-de-*.tsv")
    parser.add_argument("--work", type=Path, default=Path("/tmp/de_ner"))
    parser.add_argument("--width", type=int, default=96)
    parser.add_argument("--rows", type=int, default=5000, help="NORM hash rows")
    parser.add_argument("--max-steps", type=int, default=12000)
    parser.add_argument("--patience", type=int, default=3000)
    parser.add_argument("--eval-frequency", type=int, default=500)
    parser.add_argument("--no-install", action="store_true",
                        help="train only; do not copy the best model into the package")
    parser.add_argument("--install-only", action="store_true",
                        help="copy WORK/output/model-best into the package (training stopped "
                             "early: model-best is the best checkpoint on dev so far)")
    args = parser.parse_args(argv)
    if args.install_only:
        install(args.work / "output" / "model-best")
        return 0

    args.work.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        source = args.data / f"NER-de-{split}.tsv"
        if not source.is_file():
            raise SystemExit(f"{source}: not found (GermEval-2014 {split} file)")
        kept, lost = to_docbin(read_sentences(source), args.work / f"{split}.spacy")
        print(f"{split}: {kept} entities, {lost} lost aligning to spaCy tokens", flush=True)

    config = args.work / "config.cfg"
    config.write_text(CONFIG.format(
        width=args.width, rows=args.rows, rows_small=max(args.rows // 5, 500),
        rows_half=max(args.rows // 2, 1000), max_steps=args.max_steps,
        patience=args.patience, eval_frequency=args.eval_frequency,
    ), encoding="utf-8")
    output = args.work / "output"
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output),
         "--paths.train", str(args.work / "train.spacy"),
         "--paths.dev", str(args.work / "dev.spacy")],
        check=True,
    )
    print(f"training took {time.monotonic() - started:.0f} s", flush=True)
    if not args.no_install:
        install(output / "model-best")
    return 0


def install(best: Path) -> None:
    """Copy the best model into the package, with a rule sentencizer for sentence starts."""
    import spacy

    nlp = spacy.load(best)
    nlp.add_pipe("sentencizer", first=True)
    nlp.meta.update({
        "name": "sourcetrace_ner", "version": _package_version(),
        "description": "German PER/ORG/LOC/MISC tagger trained on GermEval-2014 train "
                       "(models/de_ner/train.py)",
        "license": "CC BY 4.0 (GermEval-2014 data)",
    })
    if PACKAGE.exists():
        shutil.rmtree(PACKAGE)
    nlp.to_disk(PACKAGE)
    print(f"model written to {PACKAGE}", flush=True)


def _package_version() -> str:
    import tomllib

    with (PACKAGE.parents[1] / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


if __name__ == "__main__":
    raise SystemExit(main())
