use serde::{Deserialize, Serialize};

/// One sentence or stand-alone segment (heading, label line) of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub article: String,
    /// 0-based position within the article.
    pub index: usize,
    pub start: usize,
    pub end: usize,
    /// Equals `text[start..end]` of the normalised article.
    pub text: String,
    #[serde(default)]
    pub kind: SegmentKind,
    /// 0-based paragraph the sentence belongs to.
    #[serde(default)]
    pub paragraph: usize,
}

impl Sentence {
    /// Appends the sentence as compact JSON, the bytes `serde_json::to_writer` writes,
    /// field by field without going through `serde` (sentences are the most numerous
    /// records; a test holds this to the derived form).
    pub fn write_json(&self, out: &mut Vec<u8>) {
        use super::json::{push_int, push_str};
        out.extend_from_slice(b"{\"article\":");
        push_str(out, &self.article);
        out.extend_from_slice(b",\"index\":");
        push_int(out, self.index);
        out.extend_from_slice(b",\"start\":");
        push_int(out, self.start);
        out.extend_from_slice(b",\"end\":");
        push_int(out, self.end);
        out.extend_from_slice(b",\"text\":");
        push_str(out, &self.text);
        out.extend_from_slice(match self.kind {
            SegmentKind::Body => b",\"kind\":\"body\",\"paragraph\":",
            SegmentKind::Heading => b",\"kind\":\"heading\",\"paragraph\":",
            SegmentKind::Other => b",\"kind\":\"other\",\"paragraph\":",
        });
        push_int(out, self.paragraph);
        out.push(b'}');
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    /// A sentence of running text.
    #[default]
    Body,
    /// A heading or subheading: a short line without final punctuation.
    Heading,
    /// Anything else standing alone: datelines, bylines, labels, captions.
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_written_as_serde_json_writes_it() {
        for (kind, text) in [
            (SegmentKind::Body, "He said: \"Go\\stay\"\n\u{1}é."),
            (SegmentKind::Heading, ""),
            (SegmentKind::Other, "By a reporter"),
        ] {
            let s = Sentence {
                article: "a\"1".into(),
                index: 3,
                start: usize::MAX,
                end: 0,
                text: text.into(),
                kind,
                paragraph: 12,
            };
            let mut ours = Vec::new();
            s.write_json(&mut ours);
            let theirs = serde_json::to_vec(&s).expect("serialise");
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs)
            );
        }
    }
}
