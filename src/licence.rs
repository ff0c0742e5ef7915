//! The licences a site can publish its content and data under: SPDX ids,
//! with the name and address that pages, the data package and JSON-LD cite.

/// A licence for the site's text and figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Licence {
    /// The SPDX identifier, as written in `site.yaml`: `CC-BY-4.0`.
    pub id: &'static str,
    /// The short name readers know: `CC BY 4.0`.
    pub name: &'static str,
    pub title: &'static str,
    pub url: &'static str,
}

/// Licences fit for public figures: attribution, share-alike, public domain.
pub const LICENCES: [Licence; 6] = [
    Licence {
        id: "CC-BY-4.0",
        name: "CC BY 4.0",
        title: "Creative Commons Attribution 4.0 International",
        url: "https://creativecommons.org/licenses/by/4.0/",
    },
    Licence {
        id: "CC-BY-SA-4.0",
        name: "CC BY-SA 4.0",
        title: "Creative Commons Attribution-ShareAlike 4.0 International",
        url: "https://creativecommons.org/licenses/by-sa/4.0/",
    },
    Licence {
        id: "CC0-1.0",
        name: "CC0 1.0",
        title: "Creative Commons Zero v1.0 Universal",
        url: "https://creativecommons.org/publicdomain/zero/1.0/",
    },
    Licence {
        id: "ODC-By-1.0",
        name: "ODC-By 1.0",
        title: "Open Data Commons Attribution License v1.0",
        url: "https://opendatacommons.org/licenses/by/1-0/",
    },
    Licence {
        id: "ODbL-1.0",
        name: "ODbL 1.0",
        title: "Open Data Commons Open Database License v1.0",
        url: "https://opendatacommons.org/licenses/odbl/1-0/",
    },
    Licence {
        id: "PDDL-1.0",
        name: "PDDL 1.0",
        title: "Open Data Commons Public Domain Dedication and License v1.0",
        url: "https://opendatacommons.org/licenses/pddl/1-0/",
    },
];

/// The licence of a site that does not name one.
pub const DEFAULT: Licence = LICENCES[0];

/// The licence with this SPDX id (`cc-by-4.0` and `CC BY 4.0` too).
pub fn find(written: &str) -> Option<Licence> {
    let key = |s: &str| s.to_ascii_lowercase().replace(' ', "-");
    LICENCES.into_iter().find(|l| key(l.id) == key(written.trim()) || key(l.name) == key(written.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn licences_are_found_by_id_or_name() {
        assert_eq!(find("CC-BY-4.0"), Some(DEFAULT));
        assert_eq!(find("cc by 4.0"), Some(DEFAULT));
        assert_eq!(find(" CC0-1.0 ").map(|l| l.name), Some("CC0 1.0"));
        assert_eq!(find("MIT"), None);
    }
}
