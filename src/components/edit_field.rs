//! A text, date or URL input for an edit: its value follows the state only when the state's
//! value changes, never while the user types (a controlled input would be reset by any render,
//! such as an analysis arriving mid-word). The value is handed over on change (Enter or leaving).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditFieldProps {
    pub id: AttrValue,
    /// `text`, `date`, `url`, `search`.
    #[prop_or(AttrValue::Static("text"))]
    pub kind: AttrValue,
    /// The value in the state.
    pub value: AttrValue,
    #[prop_or_default]
    pub placeholder: AttrValue,
    pub onchange: Callback<String>,
}

#[function_component(EditField)]
pub fn edit_field(props: &EditFieldProps) -> Html {
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with(props.value.clone(), move |value| {
            if let Some(el) = input.cast::<web_sys::HtmlInputElement>() {
                if el.value() != value.as_str() {
                    el.set_value(value);
                }
            }
        });
    }
    let onchange = {
        let cb = props.onchange.clone();
        Callback::from(move |e: Event| {
            if let Some(el) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                cb.emit(el.value());
            }
        })
    };
    html! {
        <input ref={input} id={props.id.clone()} type={props.kind.clone()}
            placeholder={props.placeholder.clone()} {onchange} />
    }
}
