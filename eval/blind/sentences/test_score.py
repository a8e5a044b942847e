"""Tests of the blind sentence scorer's reading of segment ends (invented text):
`python3 -m unittest eval/blind/sentences/test_score.py`."""
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score import glued_stop, segment_ends  # noqa: E402


class SegmentEnds(unittest.TestCase):
    def test_plain_segments_end_where_their_text_ends(self):
        raw = b"the ferry left late. it docked at noon."
        self.assertEqual(segment_ends(raw, ["the ferry left late.", "it docked at noon."]),
                         [20, 39])

    def test_an_entity_the_normaliser_decoded_is_read_whole(self):
        raw = b"bread &amp; salt shop opens | the owner said so. &#124; next line"
        segs = ["bread & salt shop opens |", "the owner said so.", "| next line"]
        self.assertEqual(segment_ends(raw, segs), [29, 48, len(raw)])

    def test_dropped_characters_and_extra_blanks_are_skipped(self):
        raw = "a quiet \ufeffmorning  in\u0092 town. then rain.".encode("utf-8")
        ends = segment_ends(raw, ["a quiet morning in town.", "then rain."])
        self.assertEqual(raw[:ends[0]].decode("utf-8")[-5:], "town.")
        self.assertEqual(ends[1], len(raw))

    def test_a_repeated_segment_is_read_at_its_own_place(self):
        raw = b"tom &amp; ann: a story. tom & ann: a story."
        ends = segment_ends(raw, ["tom & ann: a story.", "tom & ann: a story."])
        self.assertEqual(ends, [23, len(raw)])


class GluedStop(unittest.TestCase):
    def test_a_stop_glued_to_the_next_word_is_not_a_space(self):
        raw = b"it will be kept.then the crew left"
        self.assertTrue(glued_stop(raw, raw.index(b"then")))
        self.assertFalse(glued_stop(raw, raw.index(b" the crew")))
        self.assertFalse(glued_stop(raw, raw.index(b"ill")))


if __name__ == "__main__":
    unittest.main()
