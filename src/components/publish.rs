//! The "Share · export" view: the export panel (one file, the data, print) beside the embed
//! panel (the code for a CMS and its preview).

use crate::components::{embed_panel::EmbedPanel, export_panel::ExportPanel};
use yew::prelude::*;

#[function_component(Publish)]
pub fn publish() -> Html {
    html! {
        <div class="publish-view">
            <ExportPanel />
            <EmbedPanel />
        </div>
    }
}
