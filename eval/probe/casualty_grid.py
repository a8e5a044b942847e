#!/usr/bin/env python3
"""Write a grid of everyday casualty constructions in the construction suites' format.

usage: python3 eval/probe/casualty_grid.py OUT_DIR
then:  CONSTRUCTIONS_PROBE=OUT_DIR cargo test --release -p corroborate-stages \
           --test constructions casualty_constructions -- --nocapture

The suite (`stages/tests/constructions/casualties.cases`) holds one hand-written case per
construction. This grid crosses the constructions with what varies most in real reports
and a hand-written suite samples thinly: how the count is written (digits, words, `at
least`, `some`, `a dozen`), the noun for the people counted, the status word, and the
nationality form. Every case is generated from the tables below, so a failure names its
template, count form and noun, and a pattern across the grid (one noun everywhere, one
count form everywhere) says which piece of the grammar broke. All sentences and places are
invented for this grid. The output is deterministic.
"""
import sys

from attribution_grid import write_probe

# (as written, value, approx, plural?) — counts as reports write them.
COUNTS = [
    ("12", 12, "exact"), ("twelve", 12, "exact"), ("at least 14", 14, "at_least"),
    ("more than 30", 30, "more_than"), ("about 40", 40, "about"), ("some 25", 25, "about"),
    ("nearly 20", 20, "about"), ("a dozen", 12, "exact"), ("seven", 7, "exact"),
    ("at least three", 3, "at_least"), ("around 60", 60, "about"), ("1,200", 1200, "exact"),
    ("two", 2, "exact"), ("fifteen", 15, "exact"), ("over 50", 50, "more_than"),
    ("roughly 90", 90, "about"),
]

# Plural nouns for the people counted.
NOUNS = [
    "people", "passengers", "workers", "soldiers", "children", "civilians", "police officers",
    "tourists", "miners", "students", "pilgrims", "fishermen", "firefighters", "villagers",
    "migrants", "protesters", "guests", "patients", "residents", "crew members",
]

# (subject-first predicate, status) after `N NOUN`.
PASSIVE = [
    ("were killed in the blast", "killed"), ("died in the fire", "killed"),
    ("were injured in the crash", "injured"), ("were wounded in the attack", "injured"),
    ("were hurt when the roof fell", "injured"), ("lost their lives in the storm", "killed"),
    ("were found dead after the flood", "killed"), ("are missing after the landslide", "missing"),
    ("were taken to hospital with injuries", "injured"), ("have died since the outbreak of fighting", "killed"),
    ("were reported missing at sea", "missing"), ("drowned when the boat capsized", "killed"),
    ("were treated for burns", "injured"), ("were confirmed dead on Tuesday", "killed"),
    ("remain unaccounted for", "missing"), ("suffered serious injuries", "injured"),
]

# (sentence with {n} and {noun} as object, status).
ACTIVE = [
    ("The explosion killed {n} {noun} on Monday.", "killed"),
    ("The blast injured {n} {noun} in the market.", "injured"),
    ("Gunmen opened fire on a bus, killing {n} {noun}.", "killed"),
    ("The earthquake struck before dawn, injuring {n} {noun}.", "injured"),
    ("The collapse left {n} {noun} dead.", "killed"),
    ("The storm left {n} {noun} injured.", "injured"),
    ("Shelling wounded {n} {noun} overnight.", "injured"),
    ("The fire claimed the lives of {n} {noun}.", "killed"),
]

# Status-only sentences whose count is a noun phrase of its own (toll nouns).
TOLL = [
    ("The death toll rose to {n} on Wednesday.", "killed"),
    ("Officials put the number of dead at {n}.", "killed"),
    ("The number of injured climbed to {n}.", "injured"),
    ("Rescuers said {n} deaths had been confirmed.", "killed"),
    ("The toll from the floods stood at {n} dead.", "killed"),
    ("Hospitals reported {n} injuries after the stampede.", "injured"),
]

# (adjective before a noun, plural demonym, ISO code)
NATIONS = [
    ("French", "French", "FR"), ("German", "Germans", "DE"), ("Japanese", "Japanese", "JP"),
    ("Brazilian", "Brazilians", "BR"), ("Nigerian", "Nigerians", "NG"),
    ("Canadian", "Canadians", "CA"), ("Indian", "Indians", "IN"), ("Filipino", "Filipinos", "PH"),
    ("Turkish", "Turks", "TR"), ("Australian", "Australians", "AU"), ("Kenyan", "Kenyans", "KE"),
    ("Mexican", "Mexicans", "MX"),
]

# Sentences with a number that is not a casualty count, and nothing expected.
TRAPS = [
    "The bridge, built in 1962, carries {n} {noun} a day.",
    "Last year {n} {noun} died on the country's roads, a record low.",
    "In a drill on Sunday, {n} {noun} played the wounded.",
    "The film tells how {n} {noun} were killed in the war of 1870.",
    "Up to {n} {noun} could die if the dam fails, engineers warned.",
    "The hospital has {n} beds for injured {noun}.",
]

WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def case(cls, comment, paragraphs, expected):
    lines = [f"[{cls}]", f"# grid: {comment}"]
    lines += [f"> {p}" for p in paragraphs]
    if expected:
        lines += [f"= {role} {status} {nat} {value} {approx}" for role, status, nat, value, approx in expected]
    else:
        lines.append("= none")
    return "\n".join(lines) + "\n"


def cap(s):
    return s[:1].upper() + s[1:]


def victim(status, value, approx, nat="-"):
    return ("victim", status, nat, value, approx)


def casualty_cases():
    out = []
    k = 0
    # Every passive predicate with every count form, nouns rotating.
    for i, (pred, status) in enumerate(PASSIVE):
        for j, (n, value, approx) in enumerate(COUNTS):
            if (i + j) % 2:
                continue  # half the cross, so the grid stays readable
            noun = NOUNS[k % len(NOUNS)]
            k += 1
            out.append(case("verb_passive", f"passive pred={pred.split()[0]}_{pred.split()[1]} count={n} noun={noun}",
                            [f"{cap(n)} {noun} {pred}."], [victim(status, value, approx)]))
    # Every active frame with every noun, counts rotating.
    for i, (frame, status) in enumerate(ACTIVE):
        for j, noun in enumerate(NOUNS):
            if (i + j) % 2:
                continue
            n, value, approx = COUNTS[k % len(COUNTS)]
            k += 1
            out.append(case("verb_active", f"active frame={i} count={n} noun={noun}",
                            [frame.format(n=n, noun=noun)], [victim(status, value, approx)]))
    # Toll nouns with every count form that reads after `to`/`at`.
    for i, (frame, status) in enumerate(TOLL):
        for j, (n, value, approx) in enumerate(COUNTS):
            if (i + j) % 3:
                continue
            if n.startswith("a ") and "{n} deaths" not in frame and "{n} injuries" not in frame:
                continue  # `rose to a dozen` is not how tolls are written
            out.append(case("toll_noun", f"toll frame={i} count={n}",
                            [frame.format(n=n)], [victim(status, value, approx)]))
    # Nationality: adjective before the noun, and a breakdown of the dead by demonym.
    for i, (adj, demonym, code) in enumerate(NATIONS):
        noun = ["tourists", "workers", "students", "nationals", "sailors", "aid workers"][i % 6]
        n = WORDS[2 + i % 8]
        value = 2 + i % 8
        status_pred = [("were killed", "killed"), ("were injured", "injured"), ("are missing", "missing")][i % 3]
        out.append(case("nationality", f"nationality adjective nat={code} noun={noun}",
                        [f"{cap(n)} {adj} {noun} {status_pred[0]} in the avalanche."],
                        [victim(status_pred[1], value, "exact", code)]))
        out.append(case("breakdown_list", f"breakdown demonym nat={code}",
                        [f"Twenty people died in the crash. {cap(n)} of the dead were {demonym}."],
                        [victim("killed", 20, "exact"), victim("killed", value, "exact", code)]))
        out.append(case("among_included", f"including nat={code}",
                        [f"At least 30 people were killed, including {n} {adj} {noun}."],
                        [victim("killed", 30, "at_least"), victim("killed", value, "exact", code)]))
        out.append(case("among_included", f"among nat={code}",
                        [f"Forty people were injured in the crush. Among the injured were {n} {demonym}."],
                        [victim("injured", 40, "exact"), victim("injured", value, "exact", code)]))
    # Two statuses in one sentence, counts rotating.
    for i, noun in enumerate(NOUNS):
        n1, v1, a1 = COUNTS[i % len(COUNTS)]
        n2, v2, a2 = COUNTS[(i + 5) % len(COUNTS)]
        if i % 2:
            text = f"{cap(n1)} {noun} were killed and {n2} were injured in the attack."
        else:
            text = f"The attack killed {n1} {noun} and injured {n2} others."
        out.append(case("verb_passive" if i % 2 else "verb_active", f"two_statuses count={n1}/{n2} noun={noun}",
                        [text], [victim("killed", v1, a1), victim("injured", v2, a2)]))
    # Partitives: a part of a group aboard or present, with the status given to the part.
    for i, noun in enumerate(NOUNS[:10]):
        part = 2 + i % 7
        status = [("died", "killed"), ("were injured", "injured"), ("are still missing", "missing")][i % 3]
        out.append(case("partitive", f"partitive noun={noun} status={status[1]}",
                        [f"A bus carrying 30 {noun} overturned on the pass. {cap(WORDS[part])} of them {status[0]}."],
                        [victim(status[1], part, "exact")]))
    # Two groups joined by `and`, each its own fact (as the BRIEF counts breakdowns).
    singles = ["a police officer", "the driver", "a nurse", "the pilot", "a teacher", "the guide"]
    for i, noun in enumerate(NOUNS):
        n1, v1, a1 = COUNTS[(i + 3) % len(COUNTS)]
        one = singles[i % len(singles)]
        status = [("killed", "killed"), ("injured", "injured"), ("wounded", "injured")][i % 3]
        forms = [
            (f"{cap(n1)} {noun} and {one} were {status[0]} in the attack.", "subject"),
            (f"The attack {status[0]} {one} and {n1} {noun}.", "object"),
            (f"Gunmen stormed the hotel, {'killing' if status[1] == 'killed' else 'injuring'} {one} and {n1} {noun}.", "participle"),
        ]
        text, form = forms[(i // 3) % 3]  # every form meets every status
        out.append(case("breakdown_list", f"two_groups form={form} count={n1} noun={noun}",
                        [text], [victim(status[1], 1, "exact"), victim(status[1], v1, a1)]))
    # A total, then its parts by place.
    places = [("Alder", "Brisk"), ("Cova", "Dunmore"), ("Esk", "Fallow"), ("Garra", "Hollin")]
    for i, (p1, p2) in enumerate(places):
        status = [("killed", "killed"), ("injured", "injured")][i % 2]
        out.append(case("breakdown_list", f"by_place status={status[1]}",
                        [f"The storms {status[0]} 31 people, 18 in {p1} and 13 in {p2}."],
                        [victim(status[1], 31, "exact"), victim(status[1], 18, "exact"), victim(status[1], 13, "exact")]))
    # A total with its nationality part in the same sentence.
    for i, (adj, demonym, code) in enumerate(NATIONS[:8]):
        n = WORDS[2 + i % 8]
        value = 2 + i % 8
        forms = [
            f"Fifteen workers were killed, {n} of them {demonym}.",
            f"Fifteen workers were killed; among them were {n} {demonym}.",
            f"The fire killed fifteen workers, {n} of whom were {demonym}.",
            f"Of the fifteen workers killed, {n} were {demonym}.",
        ]
        out.append(case("breakdown_list", f"nationality_part form={i % 4} nat={code}",
                        [forms[i % 4]], [victim("killed", 15, "exact"), victim("killed", value, "exact", code)]))
    # Missing, in the ways reports say it.
    missing = [
        "{n} {noun} have not been seen since the storm.",
        "{n} {noun} are still unaccounted for.",
        "Rescuers are searching for {n} missing {noun}.",
        "{n} {noun} were listed as missing on Friday.",
        "The whereabouts of {n} {noun} remain unknown.",
        "Divers are still looking for {n} {noun} swept away by the current.",
    ]
    for i, frame in enumerate(missing):
        n, value, approx = COUNTS[(i * 5) % len(COUNTS)]
        noun = NOUNS[(i * 3) % len(NOUNS)]
        out.append(case("missing", f"missing frame={i} count={n} noun={noun}",
                        [cap(frame.format(n=n, noun=noun))], [victim("missing", value, approx)]))
    # A perpetrator who dies with the victims.
    for i, (frame, pv) in enumerate([
        ("The bomber killed himself and {n} others.", 1),
        ("The gunman shot dead {n} people before turning the gun on himself.", 1),
        ("Police shot dead two attackers after they killed {n} shoppers.", 2),
    ]):
        n, value, approx = COUNTS[(i * 7 + 1) % len(COUNTS)]
        out.append(case("perpetrator", f"perpetrator frame={i} count={n}",
                        [frame.format(n=n)],
                        [victim("killed", value, approx), ("perpetrator", "killed", "-", pv, "exact")]))
    # Traps: numbers that are not casualty counts of the event.
    for i, frame in enumerate(TRAPS):
        for j, noun in enumerate(NOUNS[:6]):
            n = COUNTS[(i + j) % len(COUNTS)][0]
            out.append(case("trap", f"trap frame={i} noun={noun}", [cap(frame.format(n=n, noun=noun))], []))
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cases = casualty_cases()
    write_probe(sys.argv[1], "eval/probe/casualty_grid.py", casualties=cases)
    print(f"{len(cases)} casualty cases in {sys.argv[1]}")


if __name__ == "__main__":
    main()
