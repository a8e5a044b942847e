//! The stage on small made-up articles: one test per pattern the issue lists.

use super::{quotations, quotations_in_windows};
use crate::records::{Quotation, QuoteKind};

fn run(articles: &[&str]) -> Vec<Quotation> {
    let ids: Vec<String> = (0..articles.len()).map(|i| format!("a{i}")).collect();
    let input: Vec<(&str, &str)> = ids
        .iter()
        .map(String::as_str)
        .zip(articles.iter().copied())
        .collect();
    quotations(&input)
}

/// (text, speaker) of every quotation.
fn said(articles: &[&str]) -> Vec<(String, Option<String>)> {
    run(articles)
        .into_iter()
        .map(|q| (q.text, q.speaker))
        .collect()
}

fn pair(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
    (text.to_string(), speaker.map(str::to_string))
}

#[test]
fn speaker_said_colon_quote() {
    assert_eq!(
        said(&["Harbour master Ellen Varga said: “The pier will reopen on Friday.”"]),
        vec![pair("The pier will reopen on Friday.", Some("Ellen Varga"))]
    );
}

#[test]
fn quote_then_speaker_said_and_said_speaker() {
    let q = said(&["“We lost everything,” Tomas Reyes said. “It took an hour,” said Mia Holt."]);
    assert_eq!(
        q,
        vec![
            pair("We lost everything,", Some("Tomas Reyes")),
            pair("It took an hour,", Some("Mia Holt")),
        ]
    );
}

#[test]
fn other_cue_verbs() {
    let q = said(&[
        "Councillor Ravi Shah tweeted: “Shocking scenes in town today.”\n\n\
         Ana Pires told reporters that the plan was “dead in the water”.\n\n\
         Dr Lena Brook warned: “Stay indoors.”",
    ]);
    assert_eq!(
        q,
        vec![
            pair("Shocking scenes in town today.", Some("Ravi Shah")),
            pair("dead in the water", Some("Ana Pires")),
            pair("Stay indoors.", Some("Lena Brook")),
        ]
    );
}

#[test]
fn according_to() {
    assert_eq!(
        said(&["According to the Coastguard Agency, “conditions are worsening” near the cliffs."]),
        vec![pair("conditions are worsening", Some("Coastguard Agency"))]
    );
}

#[test]
fn adding_that_keeps_the_subject() {
    let q = said(&[
        "Senator Ruth Okafor called the decision “reckless”, adding that she was “deeply troubled”.",
    ]);
    assert_eq!(
        q,
        vec![
            pair("reckless", Some("Ruth Okafor")),
            pair("deeply troubled", Some("Ruth Okafor")),
        ]
    );
}

#[test]
fn pronoun_takes_the_last_subject() {
    let q = said(&["Helen Marsh thanked the crews for their work.\n\nShe added: 'Their courage will be remembered.'"]);
    assert_eq!(
        q,
        vec![pair(
            "Their courage will be remembered.",
            Some("Helen Marsh")
        )]
    );
}

#[test]
fn title_and_surname_become_the_full_name() {
    let q = said(&["Peter Lund opened the debate.\n\nMr Lund said: “We must act.”"]);
    assert_eq!(q, vec![pair("We must act.", Some("Peter Lund"))]);
}

#[test]
fn role_descriptions_resolve_through_the_people_table() {
    let q = said(&[
        "Northfield MP Carl Brandt spoke first. The Labour MP added: 'We owe them a debt.'",
    ]);
    assert_eq!(q, vec![pair("We owe them a debt.", Some("Carl Brandt"))]);
}

#[test]
fn role_known_from_another_article() {
    let q = said(&[
        "Prime Minister Ada Stone visited the site.",
        "Ada Stone met the families. Later the Prime Minister said: 'We will help.'",
    ]);
    assert_eq!(q, vec![pair("We will help.", Some("Ada Stone"))]);
}

#[test]
fn fullest_name_of_the_set() {
    let q = said(&[
        "Gloria Fenn Alvarez led the rescue.",
        "Ms Alvarez said: “Everyone got out.”",
    ]);
    assert_eq!(
        q,
        vec![pair("Everyone got out.", Some("Gloria Fenn Alvarez"))]
    );
}

#[test]
fn spokesman_speaks_for_the_body() {
    let q = said(&[
        "Westshire Fire Service sent six engines.\n\nA spokesman said: “The blaze is under control.”",
    ]);
    assert_eq!(
        q,
        vec![pair(
            "The blaze is under control.",
            Some("Westshire Fire Service")
        )]
    );
}

#[test]
fn family_of_a_person() {
    let q =
        said(&["Officer Dan Pike died at the scene. His family said he would be 'sorely missed'."]);
    assert_eq!(q, vec![pair("sorely missed", Some("Dan Pike's family"))]);
}

#[test]
fn unnamed_speaker_is_null() {
    let q = said(&["A witness said: “I saw smoke everywhere.”"]);
    assert_eq!(q, vec![pair("I saw smoke everywhere.", None)]);
}

#[test]
fn quotation_over_several_paragraphs() {
    let q = run(&[
        "Mayor Ines Duarte said: “The first part.\n\n“The second part.\n\n“The end.”\n\nShe left.",
    ]);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "The first part. The second part. The end.");
    assert_eq!(q[0].speaker.as_deref(), Some("Ines Duarte"));
    assert_eq!(q[0].kind, QuoteKind::Direct);
}

#[test]
fn quote_paragraph_after_a_clear_speaker() {
    let q = said(&["“It was chaos,” Omar Haddad said.\n\n“Nobody knew where to go.”"]);
    assert_eq!(
        q,
        vec![
            pair("It was chaos,", Some("Omar Haddad")),
            pair("Nobody knew where to go.", Some("Omar Haddad")),
        ]
    );
}

#[test]
fn direct_and_partial() {
    let q =
        run(&["Jo Lake described him as a 'tireless worker'. Jo Lake said: 'He never stopped.'"]);
    assert_eq!(q[0].kind, QuoteKind::Partial);
    assert_eq!(q[1].kind, QuoteKind::Direct);
}

#[test]
fn scare_quotes_names_and_titles_are_left_out() {
    let q = said(&[
        "The band played “Morning Glory Road” at the fair. The man, known as “the Hawk”, \
         ran a “pop-up” stall. Ken Ito said: “It was fun.”",
    ]);
    assert_eq!(q, vec![pair("It was fun.", Some("Ken Ito"))]);
}

#[test]
fn apostrophes_are_not_quotes() {
    let q = said(&[
        "It was Friday's match and the players' bus left in the '90s style. \
                    Coach Lee Park said the side was 'unbeatable'.",
    ]);
    assert_eq!(q, vec![pair("unbeatable", Some("Lee Park"))]);
}

#[test]
fn lowercased_spaced_text() {
    let text = "the storm hit the coast on sunday , officials said . regional governor maria \
                lopez said the damage was \" worse than expected , \" without giving details . \
                \" we will rebuild , \" she said . \" every house will stand again . \" the \
                governor spoke for an hour .";
    let q = said(&[text]);
    assert_eq!(
        q,
        vec![
            pair("worse than expected ,", Some("Maria Lopez")),
            pair("we will rebuild ,", Some("Maria Lopez")),
            pair("every house will stand again .", Some("Maria Lopez")),
        ]
    );
}

#[test]
fn offsets_cover_the_quoted_words() {
    let text = "Ana Ruiz said: “Go.” Then she left.";
    let q = run(&[text]);
    assert_eq!(&text[q[0].start..q[0].end], "Go.");
}

#[test]
fn any_input_is_safe() {
    for text in [
        "",
        "\"",
        "“",
        "'''",
        "\"\"\"\"",
        "a \" b ' c ‘ d ” e",
        "é\"ü'ß’",
        "\n\n\"\n\n\"",
    ] {
        let _ = run(&[text]);
    }
}

#[test]
fn random_text_never_panics() {
    // A fixed pseudo-random walk over marks, multi-byte letters, capitals and breaks.
    let alphabet: Vec<char> = "aé Ж\"'‘’“”`«».,:;!?\nTMs-(\u{a0}1".chars().collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..300 {
        let mut text = String::new();
        for _ in 0..120 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        for q in run(&[&text]) {
            assert!(q.start <= q.end && q.end <= text.len());
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
    }
}

#[test]
fn one_endless_sentence_stays_fast() {
    let piece = "and Tom Ash said \"more\" then she added 'again' while ";
    let text = piece.repeat(20_000);
    let start = std::time::Instant::now();
    let q = run(&[&text]);
    assert_eq!(q.len(), 40_000);
    // Linear work: well under a few seconds even in a debug build.
    assert!(start.elapsed().as_secs() < 20);
}

/// The bulk corpus's style of an article: lower-cased, straight quotes, punctuation
/// spaced, paragraph breaks lost; `starts` keeps a capital at each sentence start.
fn bulk(text: &str, starts: bool) -> String {
    let mut spaced = String::new();
    for c in text.chars() {
        match c {
            '“' | '”' | '"' => spaced.push_str(" \" "),
            ',' | ':' | '.' | '?' | '!' => {
                spaced.push(' ');
                spaced.push(c);
                spaced.push(' ');
            }
            '\n' => spaced.push(' '),
            _ => spaced.extend(c.to_lowercase()),
        }
    }
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let mut out = String::new();
    let mut cap = starts;
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        // "mr ." stays one title: the full stop is glued back to it.
        if w == "." && out.ends_with("mr ") {
            out.pop();
            out.push('.');
            continue;
        }
        if cap && w.starts_with(char::is_alphabetic) {
            let mut cs = w.chars();
            out.extend(cs.next().into_iter().flat_map(char::to_uppercase));
            out.push_str(cs.as_str());
            cap = false;
        } else {
            out.push_str(w);
        }
        if starts && matches!(w, "." | "?" | "!") {
            cap = true;
        }
    }
    out
}

/// Everyday constructions by class (`eval/CLASSES.md`): an article in normal casing and the
/// speakers of its quotations in order (`None`: unattributed). Each is also read in
/// the bulk style, with and without capitals at sentence starts.
const CONSTRUCTIONS: &[(&str, &str, &[Option<&str>])] = &[
    (
        "cue_after",
        "The bridge was shut overnight.\n\n“We will reopen on Monday,” said Mayor Ines Duarte.",
        &[Some("ines duarte")],
    ),
    (
        "cue_after",
        "Floods hit the valley.\n\n“The water is safe,” coach Ana Lima said. Lima added: “We train tomorrow.”",
        &[Some("ana lima"), Some("ana lima")],
    ),
    (
        "cue_before",
        "A fire destroyed a warehouse.\n\nPolice chief Tom Weller told reporters: “No one was hurt.”",
        &[Some("tom weller")],
    ),
    (
        "pronoun",
        "Maria Costa won the race on Sunday.\n\n“It was a long day,” she said.",
        &[Some("maria costa")],
    ),
    (
        "role_title",
        "The storm passed.\n\n“We are ready,” said the governor, Paul Nemo.\n\nLater the governor said the bridge was “unsafe”.",
        &[Some("paul nemo"), Some("paul nemo")],
    ),
    (
        "organisation",
        "The Foreign Ministry summoned the envoy.\n\nThe ministry said it was “deeply concerned”.",
        &[Some("foreign ministry")],
    ),
    (
        "according_to",
        "The road stays closed.\n\nAccording to Mr. Hugo Brandt, the repairs will take “at least a month”.",
        &[Some("hugo brandt")],
    ),
    (
        "running_speaker",
        "Senator Karen Wells spoke for an hour.\n\n“We will cut taxes,” Wells said.\n\n“And we will build roads.”\n\n“Many roads.”",
        &[Some("karen wells"), Some("karen wells"), Some("karen wells")],
    ),
    (
        "embedded_name",
        "The mayor met the press.\n\n“As Kelly Dunn told me, the roads are safe,” Mayor Ruth Olsen said.",
        &[Some("ruth olsen")],
    ),
    (
        "embedded_name",
        "Peter Vance lost the vote on Tuesday.\n\n“The count was fair,” said Judge Alma Ruiz.",
        &[Some("alma ruiz")],
    ),
    (
        "cue_before",
        "The club fired its manager.\n\nChairman Victor Hale said: “It was time for a change.”",
        &[Some("victor hale")],
    ),
    (
        "partial",
        "Nora Blake, the health minister, said the plan was “dead on arrival”.",
        &[Some("nora blake")],
    ),
    (
        "cue_before",
        "The talks failed.\n\nEnvoy Samuel Price told Linda Moreau: “We are done here.”",
        &[Some("samuel price")],
    ),
    (
        "cue_after",
        "Rain fell all week.\n\n“It was the worst in years,” said farmer Joe Banks, 61.",
        &[Some("joe banks")],
    ),
    (
        "pronoun",
        "Daniel Frost met Helen Ward on Monday. Ward left early.\n\n“We agreed on nothing,” he said.",
        &[Some("daniel frost")],
    ),
    (
        "cue_before",
        "The firm closed two plants. Its chief, Sarah Kent, explained the choice, adding: “There was no other way.”",
        &[Some("sarah kent")],
    ),
    (
        "organisation",
        "Westbridge Police said in a statement: “Two men were arrested.”",
        &[Some("westbridge police")],
    ),
    (
        "role_title",
        "Coach Ana Lima was furious after the match.\n\n“We played badly,” the coach said.",
        &[Some("ana lima")],
    ),
    (
        "pronoun",
        "Rafael Soto, 52, lost his boat in the storm.\n\n“Everything is gone,” he said.",
        &[Some("rafael soto")],
    ),
    (
        "role_title",
        "“Both recorders were found,” the lead investigator, Anil Rao, told reporters.",
        &[Some("anil rao")],
    ),
    (
        "running_speaker",
        "“We reached them at noon,” said mountain guide Urs Amrein.\n\n“They were cold.”",
        &[Some("urs amrein"), Some("urs amrein")],
    ),
    (
        "running_speaker",
        "“We will find them,” said rescue coordinator Jens Olsen.\n\n“The divers go back at dawn.”",
        &[Some("jens olsen"), Some("jens olsen")],
    ),
    (
        "role_title",
        "The headteacher, Gwen Parry, wrote to parents.\n\n“The school stays shut,” the headteacher wrote.",
        &[Some("gwen parry")],
    ),
    (
        "pronoun",
        "“We were not warned,” said resident Kai Jensen.\n\nThe county's emergency director, Maria Lopez, disputed that. “Crews came within hours,” she said.",
        &[Some("kai jensen"), Some("maria lopez")],
    ),
    (
        "unattributed",
        "Signs read “Keep out” along the fence.\n\n“Nobody comes here any more.”",
        &[None],
    ),
];

fn speakers_of(text: &str) -> Vec<Option<String>> {
    run(&[text])
        .into_iter()
        .map(|q| q.speaker.map(|s| s.to_lowercase()))
        .collect()
}

#[test]
fn constructions_in_every_casing() {
    let mut failures = Vec::new();
    for (class, text, want) in CONSTRUCTIONS {
        let want: Vec<Option<String>> = want.iter().map(|w| w.map(str::to_string)).collect();
        for (style, article) in [
            ("cased", text.to_string()),
            ("bulk", bulk(text, true)),
            ("lower", bulk(text, false)),
        ] {
            let got = speakers_of(&article);
            if got != want {
                failures.push(format!("{class} {style}: {article:?}\n  got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bulk_style_of_an_article() {
    assert_eq!(
        bulk("“Go,” said Mr. Roe.\n\nHe left.", true),
        "\" Go , \" said mr. roe . He left ."
    );
    assert_eq!(bulk("He left.", false), "he left .");
}

#[test]
fn a_country_is_never_he_or_she() {
    let q = said(&[
        "Minister Omar Saleh spoke after Iran closed the strait. “We will not wait,” he said.",
    ]);
    assert_eq!(q, vec![pair("We will not wait,", Some("Omar Saleh"))]);
}

#[test]
fn a_family_named_as_subject_speaks_next() {
    let q = said(&["Tom Ash died on Friday.\n\nAsh's family released a statement on Sunday.\n\n“We are heartbroken.”"]);
    assert_eq!(
        q,
        vec![pair("We are heartbroken.", Some("Tom Ash's family"))]
    );
}

#[test]
fn a_tweet_from_a_body_is_the_body() {
    let q = said(&["A tweet from River FM described the call as a “harmless joke”."]);
    assert_eq!(q, vec![pair("harmless joke", Some("River FM"))]);
}

#[test]
fn a_lower_cased_body_keeps_its_of_phrase() {
    let q = said(&["the board of port trustees called the plan \" a costly mistake \" ."]);
    assert_eq!(
        q,
        vec![pair("a costly mistake", Some("Board of Port Trustees"))]
    );
}

#[test]
fn a_lower_cased_name_opening_a_sentence_is_its_subject() {
    let q =
        said(&["tariq osei has coached the club since 2015 . \" we never give up , \" he said ."]);
    assert_eq!(q, vec![pair("we never give up ,", Some("Tariq Osei"))]);
}

#[test]
fn a_lower_cased_name_apposed_to_a_role_holds_it() {
    let q = said(&[
        "the mayor , oskar brandt , opened the bridge on monday . the mayor said : \" it is a fine day . \"",
    ]);
    assert_eq!(q, vec![pair("it is a fine day .", Some("Oskar Brandt"))]);
}

#[test]
fn a_lower_cased_speaker_reading_a_statement_runs_on() {
    let q = said(&[
        "inspector oskar brandt gave a short statement . \" the road is shut . \" \" no one was hurt . \"",
    ]);
    assert_eq!(
        q,
        vec![
            pair("the road is shut .", Some("Oskar Brandt")),
            pair("no one was hurt .", Some("Oskar Brandt"))
        ]
    );
}

#[test]
fn a_statement_by_a_body_is_the_body() {
    for text in [
        "The fee is “far too high”, according to a statement by the Harbour Trust.",
        "the fee is \" far too high \" , according to a statement by the harbour trust .",
    ] {
        let q = said(&[text]);
        assert_eq!(q.len(), 1, "{text}");
        assert!(
            q[0].1
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case("harbour trust")),
            "{text}: {q:?}"
        );
    }
}

#[test]
fn a_court_ruling_is_its_speech() {
    let q = said(&["the high court ruled that the ban was \" plainly unlawful \" ."]);
    assert_eq!(q, vec![pair("plainly unlawful", Some("High Court"))]);
}

#[test]
fn a_lower_cased_descriptor_before_a_name_is_no_part_of_it() {
    let q = said(&["\" it was my best race , \" said the rower jorunn vaage ."]);
    assert_eq!(q, vec![pair("it was my best race ,", Some("Jorunn Vaage"))]);
}

#[test]
fn a_lower_cased_surname_that_is_also_a_title() {
    let q = said(&["\" the road stays shut , \" transport minister olu marshal said ."]);
    assert_eq!(q, vec![pair("the road stays shut ,", Some("Olu Marshal"))]);
}

#[test]
fn a_lower_cased_verb_after_a_name_is_no_surname() {
    let q = said(&[
        "the campaign of silas lucas grew . yet today lucas draws crowds of students . \" we will win , \" he declared .",
    ]);
    assert_eq!(q, vec![pair("we will win ,", Some("Silas Lucas"))]);
}

#[test]
fn a_lower_cased_third_name_word_closed_by_a_small_word() {
    let q = said(&[
        "the question that bernardo quessa vilela from the state university set out to answer was simple . \" our data show a clear link , \" he said .",
    ]);
    assert_eq!(
        q,
        vec![pair(
            "our data show a clear link ,",
            Some("Bernardo Quessa Vilela")
        )]
    );
}

#[test]
fn a_lower_cased_description_ending_in_a_person_noun_is_no_name() {
    let q = said(&[
        "the river rose on friday . the central valley man says a ranger warned him . \" she told us it could flood , \" he said .",
    ]);
    assert!(
        q.iter().all(|(_, s)| s.as_deref() != Some("Valley Man")),
        "{q:?}"
    );
}

#[test]
fn a_sentence_adverb_is_no_part_of_a_name() {
    let q = said(&["The vote failed. Afterwards Nils Berg told the crowd: “We will try again.”"]);
    assert_eq!(q, vec![pair("We will try again.", Some("Nils Berg"))]);
}

/// A long article is read in windows: quotations keep their offsets into the article and
/// their speakers when each window names its own; a pronoun whose name is in an earlier
/// window is not resolved (coreference stops at the window's edge).
#[test]
fn a_long_article_is_read_in_windows_with_offsets_into_it() {
    let text = "“The bridge stays shut,” engineer Lena Kovac said on Monday.\n\n\
                “We will rebuild it by spring,” said mayor Ivo Brandt.\n\n\
                Harbour pilot Dara Quill spoke next, at the quay.\n\n\
                “Ships wait outside,” she said.\n";
    let article = [("a", text)];
    let whole = quotations_in_windows(&article, 0);
    assert_eq!(
        whole,
        quotations(&article),
        "the default window reads it whole"
    );
    assert_eq!(whole, quotations_in_windows(&article, text.len()));
    let speakers = |qs: &[Quotation]| -> Vec<Option<String>> {
        qs.iter().map(|q| q.speaker.clone()).collect()
    };
    assert_eq!(
        speakers(&whole),
        [Some("Lena Kovac"), Some("Ivo Brandt"), Some("Dara Quill")].map(|s| s.map(String::from))
    );
    // one window per paragraph
    let windowed = quotations_in_windows(&article, 40);
    assert_eq!(windowed.len(), 3);
    for (w, q) in windowed.iter().zip(&whole) {
        assert_eq!((w.start, w.end, &w.text), (q.start, q.end, &q.text));
        assert!(text[w.start..w.end].contains(&w.text));
    }
    assert_eq!(speakers(&windowed[..2]), speakers(&whole[..2]));
    assert_ne!(windowed[2].speaker.as_deref(), Some("Dara Quill"));
}

#[test]
fn fragment_after_what_a_pronoun_called_is_the_referents_words() {
    let q = said(&["Senator Ilse Marr rejected what she called “a deal made in the dark.”"]);
    assert_eq!(q, vec![pair("a deal made in the dark.", Some("Ilse Marr"))]);
    // A plural pronoun is left out: everyone's term, not somebody's words.
    assert!(said(&["The crews keep what they call “the night watch” every winter."]).is_empty());
}

#[test]
fn tag_after_comma_closed_fragment_outranks_cue_before() {
    let q = said(&["The survey indicates that “the dam is sound,” engineer Rui Salgado said."]);
    assert_eq!(q, vec![pair("the dam is sound,", Some("Rui Salgado"))]);
    // An outlet's report names where the words came from, not who spoke them.
    let q = said(&["Nadia Orsk said the plan was “too costly,” the Valley Herald reported."]);
    assert_eq!(q, vec![pair("too costly,", Some("Nadia Orsk"))]);
}

#[test]
fn fragment_after_an_owned_noun_takes_the_cue_before_it() {
    // `tweet` after `brandt's` is the noun; the speaker is the subject of `said`.
    assert_eq!(
        said(&["Nina Hale said Mr. Brandt's tweet was “a clumsy dodge”."]),
        vec![pair("a clumsy dodge", Some("Nina Hale"))]
    );
    // Right before the quotation the owned noun still governs it.
    assert_eq!(
        said(&["Nina Hale replied to Omar Brandt's tweet, “we are ready.”"]),
        vec![pair("we are ready.", Some("Omar Brandt"))]
    );
}

#[test]
fn tag_between_commas_without_capitals() {
    assert_eq!(
        said(&["the plan, said pia sorensen, was “never meant to last” at all."]),
        vec![pair("never meant to last", Some("Pia Sorensen"))]
    );
    // `told` takes its hearer after it: `a friend, told cnn,` is no such tag.
    let q = said(&["ruth moyo, a friend, told kestrel radio, “we are heartbroken.”"]);
    assert_eq!(q, vec![pair("we are heartbroken.", Some("Ruth Moyo"))]);
}

#[test]
fn subject_before_an_aside_between_dashes() {
    assert_eq!(
        said(&["Greta Voss -- who once ran the clinic -- says she is “not surprised at all”."]),
        vec![pair("not surprised at all", Some("Greta Voss"))]
    );
    // A place before the aside is no subject: the sentence's subject speaks.
    assert_eq!(
        said(&[
            "Ivo Marsh, owner of a bakery in Eastby — which stayed open — said it was “a miracle”."
        ]),
        vec![pair("a miracle", Some("Ivo Marsh"))]
    );
}

/// qclause33: the main clause read past asides, in both casings.
#[test]
fn a_relative_clause_between_speaker_and_cue_is_stepped_over() {
    for text in [
        "The chair of the Ellery trust, Bronwen Atterbury-Lisle, who faces a vote next month, said the sale was “the only way out”.",
        "the chair of the ellery trust , bronwen atterbury-lisle , who faces a vote next month , said the sale was \" the only way out \" .",
    ] {
        let q = said(&[text]);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(
            q[0].1.as_deref().map(str::to_lowercase).as_deref(),
            Some("bronwen atterbury-lisle"),
            "{text}"
        );
    }
    // A relative clause longer than an apposition is looked for, found by the shared
    // clause reader.
    let q = said(&["Tobias Renwick-Oduya, who has kept bees on the roof of the old library for eleven years and sells the honey at the Saturday market in the square, said the hives were “quieter than ever”."]);
    assert_eq!(
        q,
        vec![pair("quieter than ever", Some("Tobias Renwick-Oduya"))]
    );
}

#[test]
fn a_clause_with_its_own_quotation_is_no_tag_of_the_one_before() {
    let q = said(&["While the mayor called the scheme “a fresh start,” councillor Ines Marwood-Ley described it as “a waste of money.”"]);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].1, None);
    assert_eq!(q[1].1.as_deref(), Some("Ines Marwood-Ley"));
    // (a tag without a quotation of its own stays the tag)
    let q = said(&["“We will appeal,” Hollis Brande said, calling the ruling “a disgrace.”"]);
    assert!(q.iter().all(|(_, s)| s.as_deref() == Some("Hollis Brande")));
}

#[test]
fn an_owner_and_a_describing_word_before_a_noun_of_saying() {
    let q = said(&["Marisol Quint said the landlord’s newest offer was “an insult”."]);
    assert_eq!(q, vec![pair("an insult", Some("Marisol Quint"))]);
}

#[test]
fn the_one_an_outlet_quoted_as_saying_speaks() {
    // `X quoted Y as saying`: Y speaks, whether an apposition stands around Y and whether
    // the quotation comes before or after the tag, in either casing.
    let cases = [
        (
            "The agency Corvan quoted the governor, Aras Belin, as saying: “The dam is safe.”",
            "Aras Belin",
        ),
        (
            "the agency corvan quoted the governor , aras belin , as saying : \" the dam is safe . \"",
            "Aras Belin",
        ),
        (
            "The floods spread. “Nobody is left behind,” Corvan quoted Lena Marsk, the provincial governor, as saying.",
            "Lena Marsk",
        ),
        (
            "the floods spread . \" nobody is left behind , \" corvan quoted lena marsk , the provincial governor , as saying .",
            "Lena Marsk",
        ),
        (
            "The floods spread. “We will rebuild every house,” the Corvan news agency quoted Mayor Ken Saito as saying.",
            "Ken Saito",
        ),
        (
            "The agency Corvan quoted the governor of Tarsk province, Aras Belin, as saying: “The dam is safe.”",
            "Aras Belin",
        ),
        (
            "the agency corvan quoted the governor of tarsk province , aras belin , as saying : \" the dam is safe . \"",
            "Aras Belin",
        ),
    ];
    for (text, speaker) in cases {
        let q = said(&[text]);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].1.as_deref(), Some(speaker), "{text}");
    }
}
