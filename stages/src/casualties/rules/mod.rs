//! Constructions read after the clause reader of `extract`: each is one rule, named by its
//! construction class (`eval/CLASSES.md`), with its own tests. A rule reads the sentence's
//! tokens, counted groups (`items`) and status phrases (`hits`), leaves groups another
//! reading has used, and pushes mentions named after it. To add a construction, write a
//! module with a `read` function and list it in [`RULES`].

mod aboard;
mod along_with;
mod among;
mod and_killed;
mod attributive;
mod breakdown;
mod kin;
mod missing;
mod nominal;
mod ordinal_more;
mod partitive;
mod perpetrator;
pub mod phrase;
mod place_parts;
mod to_death;
mod where_died;

use super::extract::Mention;
use super::groups::{Ctx, Item};
use super::status::Hit;
use crate::records::{Count, Status};

/// A relative's noun, or another noun of a person told of through a possessive (`his
/// daughter`, `her colleague`), and whether it is plural ([`kin::kin`]).
pub(crate) fn kin_noun(w: &str) -> Option<bool> {
    kin::kin(w)
}

/// What a rule sees of one sentence.
pub struct View<'a> {
    pub ctx: &'a Ctx<'a>,
    pub items: &'a [Item],
    pub hits: &'a [Hit],
    /// Which items a reading has already used (one entry per item).
    pub used: Vec<bool>,
    pub index: usize,
}

impl View<'_> {
    pub fn low(&self, i: usize) -> &str {
        self.ctx.toks.get(i).map_or("", |t| t.low)
    }

    /// Whether `to death` stands at token `k`: the result that makes a wounding verb a
    /// killing when it follows the verb's object (`stabbed her husband to death`).
    pub fn to_death_at(&self, k: usize) -> bool {
        self.low(k) == "to" && self.low(k + 1) == "death"
    }

    /// The item starting at token `s`.
    pub fn item_at(&self, s: usize) -> Option<usize> {
        let i = self.items.partition_point(|it| it.start < s);
        (i < self.items.len() && self.items[i].start == s).then_some(i)
    }

    /// The item ending at token `e` (exclusive).
    pub fn item_ending(&self, e: usize) -> Option<usize> {
        let i = self.items.partition_point(|it| it.end < e);
        (i < self.items.len() && self.items[i].end == e).then_some(i)
    }

    /// Whether item `k` and the next are joined as one list: `A, B`, `A and B`.
    fn joined(&self, k: usize) -> bool {
        let (Some(a), Some(b)) = (self.items.get(k), self.items.get(k + 1)) else {
            return false;
        };
        let gap: Vec<&str> = (a.end..b.start).map(|t| self.low(t)).collect();
        matches!(
            gap.as_slice(),
            [","] | ["and"] | [",", "and"] | ["as", "well", "as"] | ["plus"]
        )
    }

    /// The items of a list starting with item `first`: `A, B and C`, `A as well as B`.
    pub fn list_from(&self, first: usize) -> Vec<usize> {
        let mut k = first;
        while self.joined(k) {
            k += 1;
        }
        (first..=k).collect()
    }

    /// Like `list_from`, but each group may carry a short phrase of its own: `two brothers
    /// in X, two guards of the bank, and three other men`.
    pub fn loose_list_from(&self, first: usize) -> Vec<usize> {
        let mut out = vec![first];
        let mut k = first;
        while let Some(next) = self.items.get(k + 1) {
            let mut j = self.items[k].end;
            if matches!(self.low(j), "in" | "from" | "of" | "at" | "near" | "on") {
                let stop = (j..j + 8).find(|&i| matches!(self.low(i), "," | "and" | "" | "."));
                match stop {
                    Some(s) => j = s,
                    None => break,
                }
            }
            let gap: Vec<&str> = (j..next.start).map(|t| self.low(t)).collect();
            if !matches!(gap.as_slice(), [","] | ["and"] | [",", "and"]) {
                break;
            }
            k += 1;
            out.push(k);
        }
        out
    }

    /// The items of a list ending with item `last`, in reading order.
    pub fn list_to(&self, last: usize) -> Vec<usize> {
        let mut k = last;
        while k > 0 && self.joined(k - 1) {
            k -= 1;
        }
        (k..=last).collect()
    }

    /// Plain lower-case names from token `j` up to `e` (`lena ortiz and sam kohl`), with the
    /// token each starts at; `None` unless names fill the span.
    pub fn plain_names(&self, mut j: usize, e: usize) -> Option<Vec<(String, usize)>> {
        let mut names = Vec::new();
        while j < e {
            let (name, end) = phrase::plain_name(self.ctx, j)?;
            names.push((name, j));
            j = end;
            if j < e && matches!(self.low(j), "and" | ",") {
                j += 1;
            }
        }
        (j == e && !names.is_empty()).then_some(names)
    }

    /// A mention of one named person at token `at`.
    pub fn named(&self, name: String, at: usize, status: Status) -> Mention {
        let one = Count {
            value: 1,
            approx: crate::records::Approx::Exact,
        };
        let mut m = self.mention(&Item::default(), one, status);
        m.name = Some(name);
        m.pos = self.ctx.toks.get(at).map_or(0, |t| t.start);
        m
    }

    /// A mention of item `k`, marking it used; `None` for a group without a count, a part
    /// (`two of`) or one already used.
    pub fn take(&mut self, k: usize, status: Status) -> Option<Mention> {
        let it = self.items.get(k)?;
        if self.used[k] || it.partitive {
            return None;
        }
        let count = it.count?;
        self.used[k] = true;
        Some(self.mention(it, count, status))
    }

    /// A mention of group `it`; [`read_all`] names the rule that made it.
    pub fn mention(&self, it: &Item, count: Count, status: Status) -> Mention {
        let pos = self.ctx.toks.get(it.start).map_or(0, |t| t.start);
        Mention::of_item(it, count, status, self.index, pos)
    }

    /// The item a mention of this sentence was read from (items are sorted by start).
    pub fn item_of(&self, m: &Mention) -> Option<usize> {
        if m.sentence != self.index {
            return None;
        }
        let toks = self.ctx.toks;
        let at = |it: &Item| toks.get(it.start).map_or(usize::MAX, |t| t.start);
        let i = self.items.partition_point(|it| at(it) < m.pos);
        (i < self.items.len() && at(&self.items[i]) == m.pos).then_some(i)
    }
}

/// One construction: its class name (`eval/CLASSES.md`, or a finer name after a `/`), which
/// each fact it reads carries, and how it is read.
pub struct Rule {
    pub name: &'static str,
    pub read: fn(&mut View<'_>, &mut Vec<Mention>),
}

/// The constructions, in the order they are read.
pub const RULES: &[Rule] = &[
    Rule {
        name: "among_included",
        read: among::read,
    },
    Rule {
        name: "partitive",
        read: partitive::read,
    },
    Rule {
        name: "partitive/of_whom",
        read: partitive::of_whom,
    },
    Rule {
        name: "aboard",
        read: aboard::read,
    },
    Rule {
        name: "aboard/everyone",
        read: aboard::everyone,
    },
    Rule {
        name: "nominal_count",
        read: nominal::read,
    },
    Rule {
        name: "missing",
        read: missing::read,
    },
    Rule {
        name: "breakdown_list",
        read: breakdown::read,
    },
    Rule {
        name: "breakdown_list/along_with",
        read: along_with::read,
    },
    Rule {
        name: "breakdown_list/parts",
        read: place_parts::read,
    },
    Rule {
        name: "perpetrator",
        read: perpetrator::read,
    },
    Rule {
        name: "verb_passive/attributive",
        read: attributive::read,
    },
    Rule {
        name: "verb_passive/ordinal_more",
        read: ordinal_more::read,
    },
    Rule {
        name: "verb_passive/and_killed",
        read: and_killed::read,
    },
    Rule {
        name: "verb_passive/where_died",
        read: where_died::read,
    },
    Rule {
        name: "verb_active/to_death",
        read: to_death::read,
    },
    Rule {
        name: "verb_active/relatives_lost",
        read: kin::read,
    },
    Rule {
        name: "verb_active/relatives",
        read: kin::object,
    },
];

/// Reads every rule over one sentence, after the clause reader.
pub fn read_all(view: &mut View<'_>, out: &mut Vec<Mention>) {
    for rule in RULES {
        let before = out.len();
        (rule.read)(view, out);
        for m in &mut out[before..] {
            m.rule = rule.name;
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every rule is named by a construction class of `eval/CLASSES.md`.
    #[test]
    fn rules_are_named_by_class() {
        let classes = [
            "verb_passive",
            "verb_active",
            "toll_noun",
            "nominal_count",
            "missing",
            "among_included",
            "partitive",
            "breakdown_list",
            "nationality",
            "named_person",
            "perpetrator",
            "aboard",
        ];
        for r in super::RULES {
            let class = r.name.split('/').next().unwrap_or("");
            assert!(classes.contains(&class), "{} is no class", r.name);
        }
    }
}
