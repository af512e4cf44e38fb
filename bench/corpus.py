"""A deterministic generator of realistic news articles and verified claims, for benchmarks.

    python bench/corpus.py articles N OUT_DIR [--seed S] [--jsonl]
    python bench/corpus.py claims N OUT.jsonl [--seed S]

Articles look like wire copy: a title, a date header on some and none on others, a dateline
("MEXICO CITY (Reuters) -"), paragraphs with quotations in the shapes real copy uses (quote
then cue, cue then quote, pronoun speakers, titles instead of names), accented names, curly
and straight quotes, and the boilerplate that must be kept out (paywall lines, photo captions,
reporting credits). Quotes are drawn from a pool of claims, so the same claim recurs across
articles: verbatim, trimmed, with an ellipsis, or restated weeks later. The same seed gives
the same corpus. Text files are spread over sub-directories of 1,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import pathlib
import random

FIRST = ["Alicia", "José", "María", "Zoë", "Antony", "Andrés", "Karine", "Olaf", "Gustavo", "Nayib",
         "Xiomara", "Mark", "Rebecca", "Łukasz", "Søren", "Chloé", "Ahmed", "Mei", "Joaquín", "Ana",
         "Héctor", "Claudia", "Luis", "Marcelo", "Isabel", "Nicolás", "Sergio", "Renée", "Björn", "Omar"]
LAST = ["Bárcena", "Martínez", "Brooks", "Blinken", "López", "Jean-Pierre", "Scholz", "Petro",
        "Bukele", "Castro", "Mayorkas", "Ortiz", "Núñez", "Kowalski", "Sørensen", "Dubois", "Haddad",
        "Chen", "Guzmán", "Ebrard", "Sheinbaum", "Pérez", "Villanueva", "Okafor", "Lindqvist",
        "Fernández", "Rojas", "Salazar", "Müller", "Ibáñez"]
ROLES = ["foreign minister", "secretary of state", "chancellor", "president", "spokeswoman",
         "senator", "governor", "mayor", "interior minister", "ambassador", "police chief",
         "economy minister", "border official", "union leader", "central bank governor"]
OUTLETS = [("Reuters", "MEXICO CITY"), ("AFP", "WASHINGTON"), ("AP", "BOGOTA"), ("Reuters", "BERLIN"),
           ("AFP", "TAPACHULA"), ("Reuters", "SAN SALVADOR"), ("AP", "EL PASO"), ("AFP", "PANAMA CITY")]
SUBJECTS = ["migrants", "the border", "inflation", "the budget", "the election", "remittances",
            "the caravan", "asylum claims", "fuel prices", "the new law", "the talks", "wages",
            "the drought", "exports", "the harvest", "the courts", "the army", "rents", "tariffs"]
VERBS = ["will reduce", "has doubled", "cannot stop", "must address", "is driving", "will protect",
         "has cut", "is hurting", "will not change", "has improved", "threatens", "is fuelling"]
OBJECTS = ["the structural causes of migration", "irregular crossings", "the cost of living",
           "jobs in the north", "security in the region", "trust in institutions", "family budgets",
           "investment from abroad", "the number of deportations", "public health", "the economy",
           "cooperation between our countries", "pressure on shelters", "demand for visas"]
NUMBERS = ["half a million", "more than 10,000", "nearly 40 percent", "2.5 million", "a record 300,000",
           "about 1,200", "almost twice as many", "$4 billion", "one in five", "12 percent"]
FILLER = ["Officials met for a second day of talks on", "The meeting came as pressure mounted over",
          "Critics have questioned the government's record on", "Analysts expect little change in",
          "The announcement follows weeks of protests about", "Data released on Tuesday showed a rise in",
          "Lawmakers are due to vote next week on", "Business groups have lobbied hard over"]
CUES = ["said", "told reporters", "said in a statement", "added", "told Reuters", "warned", "said on Monday"]
BOILER = ["Subscribe now for full access to our journalism.", "Sign up here.",
          "Our Standards: The Thomson Reuters Trust Principles.",
          "FILE PHOTO: Migrants walk along a highway in Chiapas. REUTERS/Jose Luis Gonzalez",
          "Photo: AFP", "Read more: Five things to know about the talks",
          "(This story has been corrected to fix the spelling of a name in paragraph 4)"]


SYLLABLES = ["ba", "ker", "lo", "mi", "san", "to", "ra", "vel", "quin", "do", "ar", "te", "mun",
             "sol", "ri", "ca", "pen", "hu", "zar", "el", "nor", "ti", "gal", "os", "ven", "li"]


def lexicon(r: random.Random, n: int = 40_000) -> list[str]:
    """Pseudo-words standing for the long tail of real copy: names of places, firms, laws."""
    words = set()
    while len(words) < n:
        words.add("".join(r.choice(SYLLABLES) for _ in range(r.randint(2, 4))))
    return sorted(words)


class Gen:
    def __init__(self, seed: int, n_claims: int):
        self.r = random.Random(seed)
        self.lex = lexicon(random.Random(seed + 1))
        # Zipf's law: the k-th word turns up with weight 1/k
        self.lex_cum = list(itertools.accumulate(1 / (k + 1) for k in range(len(self.lex))))
        self.people = [(f"{self.r.choice(FIRST)} {self.r.choice(LAST)}", self.r.choice(ROLES))
                       for _ in range(max(40, n_claims // 20))]
        # A pool of claims, each tied to its speaker; quotes recur across articles.
        self.pool = [(self.r.randrange(len(self.people)), self.sentence()) for _ in range(n_claims)]
        self.start = dt.date(2023, 1, 1)

    def sentence(self) -> str:
        r = self.r
        shape = r.randrange(4)
        if shape == 0:
            s = f"{r.choice(NUMBERS)} {r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}"
        elif shape == 1:
            s = f"we {r.choice(VERBS)} {r.choice(OBJECTS)} and {r.choice(SUBJECTS)}"
        elif shape == 2:
            s = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}, not {r.choice(OBJECTS)}"
        else:
            s = f"this plan {r.choice(VERBS)} {r.choice(OBJECTS)} for {r.choice(NUMBERS)} families"
        # Words of the long tail keep the vocabulary as large as in real copy.
        tail = " ".join(r.choices(self.lex, cum_weights=self.lex_cum, k=r.randint(2, 4)))
        s += f" with {tail} in {r.choice(['Chiapas', 'Sonora', 'Texas', 'Darién', 'Juárez', 'Oaxaca', 'Tijuana'])}"
        if r.random() < 0.5:
            s += f" by {r.randrange(2020, 2031)}"
        return s[0].upper() + s[1:]

    def variant(self, text: str) -> str:
        r, words = self.r, text.split()
        roll = r.random()
        if roll < 0.55 or len(words) < 8:
            return text
        if roll < 0.75:  # trimmed
            return " ".join(words[: max(6, len(words) - r.randrange(1, 4))])
        if roll < 0.9:  # ellipsis
            cut = r.randrange(3, len(words) - 3)
            return " ".join(words[:cut]) + " ... " + " ".join(words[cut + 2:])
        return "I think " + text[0].lower() + text[1:]  # restated

    def quote_paragraph(self, name: str, role: str, first_mention: bool, text: str) -> str:
        r = self.r
        oq, cq = ("“", "”") if r.random() < 0.6 else ('"', '"')
        cue = r.choice(CUES)
        last = name.split()[-1]
        who = f"{role.capitalize()} {name}" if first_mention else last
        shape = r.randrange(5)
        if shape == 0:
            return f"{oq}{text},{cq} {who} {cue}."
        if shape == 1:
            return f"{who} {cue}: {oq}{text}.{cq}"
        if shape == 2 and not first_mention:
            return f"{oq}{text},{cq} {r.choice(['she', 'he'])} {cue}."
        if shape == 3:
            return f"{oq}{text},{cq} the {role} {cue}, according to a transcript."
        return f"{who} {cue} that {text[0].lower() + text[1:]}."

    def article(self, i: int) -> tuple[str, dict]:
        r = self.r
        outlet, city = r.choice(OUTLETS)
        day = self.start + dt.timedelta(days=r.randrange(0, 700))
        subject = r.choice(SUBJECTS)
        title = f"{r.choice(['Talks on', 'Pressure grows over', 'Leaders clash on', 'New data on'])} {subject}"
        paras = []
        mentioned: set[int] = set()
        for k in range(r.randrange(4, 10)):
            if r.random() < 0.45:
                pid, text = self.pool[min(int(r.expovariate(1 / 40)), len(self.pool) - 1)
                                      if r.random() < 0.3 else r.randrange(len(self.pool))]
                name, role = self.people[pid]
                paras.append(self.quote_paragraph(name, role, pid not in mentioned, self.variant(text)))
                mentioned.add(pid)
            else:
                paras.append(f"{r.choice(FILLER)} {r.choice(SUBJECTS)}, and {self.sentence().lower()}.")
            if r.random() < 0.12:
                paras.append(r.choice(BOILER))
        paras[0] = f"{city} ({outlet}) - {paras[0]}"
        paras.append(f"Reporting by {r.choice(FIRST)} {r.choice(LAST)}; Editing by {r.choice(FIRST)} {r.choice(LAST)}")
        body = "\n\n".join(paras)
        meta = {"title": title, "date": day.isoformat(), "outlet": outlet,
                "url": f"https://example.com/{outlet.lower()}/{day:%Y/%m}/{i:07d}"}
        return body, meta


def write_articles(n: int, out: pathlib.Path, seed: int, jsonl: bool) -> None:
    g = Gen(seed, n_claims=max(50, n // 2))
    out.mkdir(parents=True, exist_ok=True)
    if jsonl:
        with (out / "articles.jsonl").open("w", encoding="utf-8") as f:
            for i in range(n):
                body, meta = g.article(i)
                f.write(json.dumps({**meta, "text": f"{meta['title']}\n\n{body}"}, ensure_ascii=False) + "\n")
        return
    for i in range(n):
        body, meta = g.article(i)
        d = out / f"{i // 1000:04d}"
        d.mkdir(exist_ok=True)
        header = f" date {meta['date']}\n" if g.r.random() < 0.6 else ""
        (d / f"{i:07d}.txt").write_text(f"{header}{meta['title']}\n\n{body}\n", encoding="utf-8")


def write_claims(n: int, out: pathlib.Path, seed: int) -> None:
    g = Gen(seed, n_claims=n)
    with out.open("w", encoding="utf-8") as f:
        for i, (pid, text) in enumerate(g.pool):
            name, _ = g.people[pid]
            f.write(json.dumps({"id": f"c{i}", "text": text + ".", "speaker": name,
                                "title": f"Did {name} say {text[:40].lower()}?"}, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["articles", "claims"])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", action="store_true", help="articles: one JSONL file instead of text files")
    a = ap.parse_args()
    if a.what == "articles":
        write_articles(a.n, a.out, a.seed, a.jsonl)
    else:
        write_claims(a.n, a.out, a.seed)


if __name__ == "__main__":
    main()
