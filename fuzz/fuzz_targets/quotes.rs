#![no_main]

mod common;

use stages::{invariants, RecordKind, Records};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (raw, up) = common::normalise_and_split(data, true);
    let Some(sentences) = &up.sentences else { return };
    let upstream = vec![(RecordKind::Normalised, &up.normalised), (RecordKind::Sentences, sentences)];
    if let Records::Quotes(rows) = common::run("quotes.v1", &raw, upstream) {
        invariants::quotes(&up.text, &rows).expect("quotes invariants");
    }
});
