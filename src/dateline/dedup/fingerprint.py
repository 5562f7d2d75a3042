"""Normalized-text hashes, word shingles and MinHash signatures with their LSH band keys."""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass

import numpy as np
from rensa import RMinHash

from dateline.settings import DedupSettings

_TOKEN = re.compile(r"\w+")
_INT64 = struct.Struct("<q")


@dataclass(slots=True, frozen=True)
class Fingerprint:
    """What dedup needs of one text. Small: workers send it to the process that links.

    The shingles stay out (they are 4x the text when pickled); the linker rebuilds them from
    the text for the rare candidate worth an exact check."""

    text_hash: str
    n_words: int
    n_shingles: int
    signature: np.ndarray | None  # uint32[num_perm]; None for texts too short to compare
    band_keys: list[int]  # one per LSH band; empty without a signature


def band_keys(signature: np.ndarray | None, settings: DedupSettings) -> list[int]:
    """One signed 64-bit key per LSH band (band number mixed in)."""
    if signature is None:
        return []
    rows = len(signature) // settings.num_bands
    keys = []
    for band in range(settings.num_bands):
        chunk = signature[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little"))
        keys.append(_INT64.unpack(digest.digest())[0])
    return keys


def normalized_tokens(text: str) -> list[str]:
    """Lower-cased word tokens: punctuation, spacing and case changes do not matter."""
    return _TOKEN.findall(text.lower())


def shingle_set(text: str, width: int) -> frozenset[str]:
    return shingles_of(normalized_tokens(text), width)


def shingles_of(tokens: list[str], width: int) -> frozenset[str]:
    return frozenset(
        " ".join(tokens[i : i + width]) for i in range(max(0, len(tokens) - width + 1))
    )


def fingerprint(text: str, settings: DedupSettings) -> Fingerprint:
    tokens = normalized_tokens(text)
    text_hash = hashlib.sha1(" ".join(tokens).encode()).hexdigest()
    shingles = shingles_of(tokens, settings.shingle_words)
    if len(shingles) < settings.min_shingles:
        return Fingerprint(text_hash, len(tokens), len(shingles), None, [])
    minhash = RMinHash(num_perm=settings.num_perm, seed=settings.seed)
    minhash.update(list(shingles))
    signature = np.asarray(minhash.digest(), dtype=np.uint32)
    return Fingerprint(
        text_hash, len(tokens), len(shingles), signature, band_keys(signature, settings)
    )


@dataclass(slots=True, frozen=True)
class Similarity:
    jaccard: float
    containment: float  # share of the smaller text found in the larger


def estimate_similarity(a: np.ndarray, a_size: int, b: np.ndarray, b_size: int) -> Similarity:
    """Jaccard from the signatures; containment from Jaccard and the two shingle-set sizes."""
    jaccard = float(np.mean(a == b))
    intersection = jaccard * (a_size + b_size) / (1.0 + jaccard)
    containment = min(1.0, intersection / max(1, min(a_size, b_size)))
    return Similarity(jaccard, containment)


def exact_similarity(a: frozenset[str], b: frozenset[str]) -> Similarity:
    """Jaccard and containment of two shingle sets, computed exactly."""
    if not a or not b:
        return Similarity(0.0, 0.0)
    intersection = len(a & b)
    return Similarity(intersection / len(a | b), intersection / min(len(a), len(b)))


def worth_verifying(similarity: Similarity, settings: DedupSettings) -> bool:
    """A loose first cut on estimated similarity, before the exact check."""
    return (
        similarity.jaccard >= settings.min_jaccard - 0.2
        or similarity.containment >= settings.min_containment - 0.25
    )


def is_duplicate(similarity: Similarity, settings: DedupSettings) -> bool:
    return (
        similarity.jaccard >= settings.min_jaccard
        or similarity.containment >= settings.min_containment
    )
