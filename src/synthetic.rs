//! The page benchmark's large corpus: each bundled article copied with its figures varied, so
//! no two copies are the same text. With one copy (every normal build) the corpus is unchanged.

use tourlens_engine::ArticleInput;

pub fn copies(base: Vec<ArticleInput>, n: usize) -> Vec<ArticleInput> {
    if n <= 1 {
        return base;
    }
    let mut out = Vec::with_capacity(base.len() * n);
    for i in 0..n {
        for a in &base {
            out.push(ArticleInput {
                id: format!("{}#{}", a.id, i + 1),
                text: a.text.replace("10,000", &format!("{},000", 10 + i)),
                meta: a.meta.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_copy_is_the_bundle_itself() {
        let base = crate::bundled::articles();
        assert_eq!(super::copies(base.clone(), 1), base);
        let many = super::copies(base.clone(), 3);
        assert_eq!(many.len(), base.len() * 3);
    }
}
