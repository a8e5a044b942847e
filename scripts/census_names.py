"""Reading the 1990 US census first-name files (`dist.male.first`, `dist.female.first`:
NAME FREQUENCY CUMULATIVE RANK per line), shared by `derive_given_names.py` and
`derive_word_given_names.py`."""


def read_census(path, minfreq):
    """The names of a census file whose frequency (per cent) is at least `minfreq`,
    lowercase, to that frequency."""
    rows = {}
    for line in open(path):
        name, freq = line.split()[:2]
        if float(freq) >= minfreq:
            rows[name.lower()] = float(freq)
    return rows
