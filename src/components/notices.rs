//! The masthead's status: the import or analysis under way (a progress bar, shown once it has
//! taken a moment), the messages for the user (a problem per file, what was added), and, while
//! storing fails, a line that says so.

use crate::hooks::use_app;
use crate::state::{Action, NoticeKind, Stage};
use yew::prelude::*;

#[function_component(Notices)]
pub fn notices() -> Html {
    let state = use_app();
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotices))
    };
    let progress = state.pending.as_ref().map(|p| match p.stage {
        Stage::Reading(done, total) => (
            format!("Reading files: {done} of {total}"),
            Some((done, total)),
        ),
        Stage::Analysing(n) => (
            format!("Analysing {n} article{}…", if n == 1 { "" } else { "s" }),
            None,
        ),
    });
    html! {
        <div class="status">
            if let Some((label, counts)) = progress {
                <div class="progress" role="status">
                    <label for="work-progress">{ label.clone() }</label>
                    if let Some((done, total)) = counts {
                        <progress id="work-progress" max={total.max(1).to_string()} value={done.to_string()}>{ label }</progress>
                    } else {
                        <progress id="work-progress">{ label }</progress>
                    }
                </div>
            }
            if let Some(why) = &state.unsaved {
                <p class="notice problem unsaved">{ format!("Not stored: {why}. Your work stays open in this tab until it is closed.") }</p>
            }
            <div class="notices" role="status" aria-live="polite">
                if !state.notices.is_empty() {
                    <ul class="notice-list">
                        { for state.notices.iter().map(|n| {
                            let class = match n.kind {
                                NoticeKind::Problem => "problem",
                                NoticeKind::Note => "note",
                                NoticeKind::Done => "done",
                            };
                            html! { <li class={classes!("notice", class)}>{ n.text.clone() }</li> }
                        }) }
                    </ul>
                    <button type="button" class="link dismiss" onclick={dismiss}>{ "Dismiss messages" }</button>
                }
            </div>
        </div>
    }
}
