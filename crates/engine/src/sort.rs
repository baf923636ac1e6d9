//! One stable sort for the whole program: every call sorts positions through one compiled sort.
//!
//! `slice::sort_by` is generic over the element and the closure, so each call site with its own
//! closure compiled the standard library's whole merge-and-quick sort again: 148 copies, 141 KB
//! of the wasm before wasm-opt (#14). Here the standard sort runs on `usize` positions with the
//! comparison behind `&mut dyn FnMut`, so it is compiled once; what each call site adds is a
//! few lines that compare two elements and move them into the sorted order. The results are the
//! standard stable sort's: equal elements keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal elements in their order (as `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]));
    permute(items, order);
}

/// Sorts `items` by the key of each, keeping equal keys in their order (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order (as `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in sorted order: `order[k]` is the position of the k-th smallest.
/// Not generic: the standard sort is compiled here once for the whole program.
#[inline(never)]
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    #[allow(clippy::disallowed_methods)] // the one place the standard sort is compiled
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves each element to its sorted place, one cycle of the permutation at a time (swaps only,
/// so nothing is cloned or allocated): afterwards `items[k]` is the old `items[order[k]]`.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator, so the cases below cover many orders without a crate.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for seed in 0..200 {
            let len = (seed % 70) as usize;
            // Pairs of (key, original position): stability shows in the second field.
            let items: Vec<(u64, usize)> = numbers(seed, len, 1 + seed % 9)
                .into_iter()
                .enumerate()
                .map(|(i, k)| (k, i))
                .collect();
            let mut ours = items.clone();
            let mut theirs = items.clone();
            sort_by_key(&mut ours, |p| p.0);
            #[allow(clippy::disallowed_methods)] // what ours is checked against
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs, "seed {seed}");
        }
    }

    #[test]
    fn sorts_things_that_cannot_be_copied() {
        let mut words: Vec<String> = ["visit", "Amman", "talks", "Ankara", "visit", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        sort(&mut words);
        assert_eq!(words, ["", "Amman", "Ankara", "talks", "visit", "visit"]);
        sort_by(&mut words, |a, b| b.len().cmp(&a.len()));
        assert_eq!(words, ["Ankara", "Amman", "talks", "visit", "visit", ""]);
    }

    #[test]
    fn already_sorted_and_reversed_inputs() {
        let mut up: Vec<u32> = (0..100).collect();
        sort(&mut up);
        assert_eq!(up, (0..100).collect::<Vec<_>>());
        let mut down: Vec<u32> = (0..100).rev().collect();
        sort(&mut down);
        assert_eq!(down, (0..100).collect::<Vec<_>>());
    }
}
