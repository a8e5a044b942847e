#!/usr/bin/env python3
"""Write a grid of everyday attribution constructions in the construction suites' format.

usage: python3 eval/probe/attribution_grid.py OUT_DIR
then:  CONSTRUCTIONS_PROBE=OUT_DIR cargo test --release -p corroborate-stages \
           --test constructions quote_constructions -- --nocapture

The suites (`stages/tests/constructions/quotes.cases`) hold one hand-written case per
construction. This grid crosses the constructions with the two things that vary most in
real reporting and that a hand-written suite samples thinly: the verb of saying and the
shape of the speaker's name (titles, roles, particles, apostrophes, hyphens, initials,
given names that are ordinary words). Every case is generated from the tables below, so a
failure names its template, verb and name shape, and a pattern across the grid (one verb
everywhere, one name shape everywhere) says which piece of the grammar broke. All names,
places and sentences are invented for this grid. The output is deterministic.
"""
import os
import sys

# Verbs of saying in their past form, as they follow or precede a speaker.
VERBS = [
    "said", "added", "explained", "warned", "insisted", "noted", "recalled", "admitted",
    "stressed", "argued", "conceded", "replied", "joked", "declared", "announced",
    "acknowledged", "complained", "cautioned", "predicted", "suggested", "observed",
    "remarked", "vowed", "pleaded", "wrote", "continued", "answered", "countered",
    "maintained", "claimed", "confirmed", "promised", "lamented", "boasted", "shouted",
    "whispered", "told reporters", "told the BBC", "said on Monday", "said in a statement",
]

# (as written in the article, canonical name, later short form, pronoun, shape)
NAMES = [
    ("Ana Lima", "Ana Lima", "Lima", "she", "plain"),
    ("Dr. Kofi Mensah", "Kofi Mensah", "Mensah", "he", "title"),
    ("Mayor Ines Duarte", "Ines Duarte", "Duarte", "she", "role_title"),
    ("Sean O'Hara", "Sean O'Hara", "O'Hara", "he", "apostrophe"),
    ("Lotte van der Berg", "Lotte van der Berg", "van der Berg", "she", "particle"),
    ("Omar al-Rashid", "Omar al-Rashid", "al-Rashid", "he", "al_prefix"),
    ("Grant Rivers", "Grant Rivers", "Rivers", "he", "word_given"),
    ("Janet K. Ruiz", "Janet K. Ruiz", "Ruiz", "she", "initial"),
    ("Nkechi Obi-Eze", "Nkechi Obi-Eze", "Obi-Eze", "she", "hyphen"),
    ("Prof. Hiroshi Tanaka", "Hiroshi Tanaka", "Tanaka", "he", "title"),
    ("Sgt. Marta Kowalski", "Marta Kowalski", "Kowalski", "she", "title"),
    ("Coach Pablo Reyes", "Pablo Reyes", "Reyes", "he", "role_title"),
    ("Rep. Dana Whitfield", "Dana Whitfield", "Whitfield", "she", "title"),
    ("Hope Summers", "Hope Summers", "Summers", "she", "word_given"),
    ("Tariq Bashir", "Tariq Bashir", "Bashir", "he", "plain"),
    ("Mei-Ling Zhou", "Mei-Ling Zhou", "Zhou", "she", "hyphen"),
    ("Father Luca Bianchi", "Luca Bianchi", "Bianchi", "he", "role_title"),
    ("Bill Sterling Jr.", "Bill Sterling Jr.", "Sterling", "he", "suffix"),
]

# Roles that can stand before a name after `the`, with their owner.
ROLES = [
    "the head of the clinic", "a spokesman for the airline", "the city's fire chief",
    "the director of the museum", "a lawyer for the family", "the team's captain",
    "the school's principal", "a senior official at the ministry",
]

# Whole sentences a person might say; the first clause form ends without a stop.
QUOTES = [
    "We will reopen the bridge on Monday",
    "The water is still rising",
    "Nobody expected the roof to fall",
    "This is a good day for the town",
    "We have done everything we could",
    "The budget does not add up",
    "Our players showed real courage",
    "The tests came back clean",
    "I have never seen so many people here",
    "The road will stay closed for a week",
    "We owe the volunteers a great deal",
    "The plan was rushed and badly made",
]
SECOND = [
    "The crews will work through the night.",
    "We need more pumps.",
    "Everyone was shaken.",
    "The council must act now.",
    "It will take months to repair.",
    "We are proud of them.",
]
FRAGMENTS = [
    "a step in the wrong direction", "deeply unfair", "far too slow", "long overdue",
    "a betrayal of the voters", "simply not good enough",
]
INTROS = [
    "visited the flooded streets on Tuesday.",
    "spoke to residents at the town hall.",
    "arrived at the scene shortly after noon.",
    "has led the project since last spring.",
]


def case(cls, comment, paragraphs, expected):
    lines = [f"[{cls}]", f"# grid: {comment}"]
    lines += [f"> {p}" for p in paragraphs]
    lines += [f"= {kind} {who} | {text}" for kind, who, text in expected]
    return "\n".join(lines) + "\n"


def cap(s):
    return s[:1].upper() + s[1:]


def quote_cases():
    out = []
    n = 0
    # Every verb after the quotation, both orders, with a rotating name shape.
    for i, verb in enumerate(VERBS):
        for order in ("inverted", "plain"):
            name, canon, _, _, shape = NAMES[(2 * i + (order == "plain")) % len(NAMES)]
            q = QUOTES[n % len(QUOTES)]
            n += 1
            if order == "inverted" and " " not in verb:
                text = f"“{q},” {verb} {name}."
            else:
                text = f"“{q},” {name} {verb}."
            out.append(case("cue_after", f"after/{order} verb={verb} name={shape}",
                            [text], [("direct", canon, f"{q},")]))
    # Every name shape in every other template.
    for j, (name, canon, short, pron, shape) in enumerate(NAMES):
        verb = ["said", "added", "warned", "explained", "insisted"][j % 5]
        q = QUOTES[j % len(QUOTES)]
        q2 = SECOND[j % len(SECOND)]
        intro = INTROS[j % len(INTROS)]
        role = ROLES[j % len(ROLES)]
        tag = f"name={shape} verb={verb}"
        # the expected record of a case whose one quotation is `q` before its tag
        first = [("direct", canon, f"{q},")]
        out.append(case("cue_before", f"colon {tag}",
                        [f"{name} {verb}: “{q}.”"], [("direct", canon, f"{q}.")]))
        out.append(case("cue_after", f"split {tag}",
                        [f"“{q},” {name} {verb}. “{q2}”"],
                        [("direct", canon, f"{q},"), ("direct", canon, q2)]))
        low = q2[0].lower() + q2[1:]
        out.append(case("cue_after", f"interrupted {tag}",
                        [f"“{q},” {name} {verb}, “and {low}”"],
                        [("direct", canon, f"{q},"), ("direct", canon, f"and {low}")]))
        out.append(case("pronoun", f"pronoun {tag}",
                        [f"{name} {intro} “{q},” {pron} {verb}."],
                        first))
        out.append(case("pronoun", f"pronoun_next_paragraph {tag}",
                        [f"{name} {intro}", f"“{q},” {pron} {verb}."],
                        first))
        out.append(case("running_speaker", f"running {tag}",
                        [f"{name} {intro} “{q},” {pron} {verb}.", f"“{q2}”"],
                        [("direct", canon, f"{q},"), ("direct", canon, q2)]))
        out.append(case("role_title", f"role_then_name {tag}",
                        [f"“{q},” {verb} {role}, {name}."],
                        first))
        out.append(case("role_title", f"name_then_role {tag}",
                        [f"“{q},” {verb} {name}, {role}."],
                        first))
        out.append(case("role_title", f"role_subject_before {tag}",
                        [f"{cap(role)}, {name}, {verb} the work would go on. “{q2}”"],
                        [("direct", canon, q2)]))
        out.append(case("according_to", f"according_to {tag}",
                        [f"“{q},” according to {name}."], first))
        out.append(case("cue_before", f"told {tag}",
                        [f"{name} told reporters on Friday: “{q}.”"],
                        [("direct", canon, f"{q}.")]))
        out.append(case("cue_after", f"short_form_later {tag}",
                        [f"{name} {intro}", f"“{q},” {short} {verb}."],
                        first))
        out.append(case("cue_after", f"age_apposition {tag}",
                        [f"“{q},” said {name}, 47, who lives nearby."] if verb == "said" else
                        [f"“{q},” {name}, 47, {verb}."],
                        first))
        frag = FRAGMENTS[j % len(FRAGMENTS)]
        out.append(case("partial", f"partial {tag}",
                        [f"{name} {verb} that the plan was “{frag}” and should be dropped."],
                        [("partial", canon, frag)]))
        out.append(case("cue_before", f"in_statement {tag}",
                        [f"In a statement, {name} {verb}: “{q}.”"],
                        [("direct", canon, f"{q}.")]))
    return out


def write_probe(out_dir, script, quotes=(), casualties=()):
    """Writes a probe folder: `quotes.cases` and `casualties.cases` (either may be empty), each
    headed by the name of the `script` that generated it."""
    os.makedirs(out_dir, exist_ok=True)
    head = f"# Generated by {script}; do not edit.\n\n"
    for name, cases in (("quotes.cases", quotes), ("casualties.cases", casualties)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(head + "\n".join(cases))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cases = quote_cases()
    write_probe(sys.argv[1], "eval/probe/attribution_grid.py", quotes=cases)
    print(f"{len(cases)} quote cases in {sys.argv[1]}")


if __name__ == "__main__":
    main()
