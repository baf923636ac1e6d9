//! The map: country outlines (offline SVG), numbered stop markers, the route in trip order with
//! arrowheads, onward legs dashed (leaving the frame with a label when far away), the selected
//! stop emphasised, "sources differ" beside a stop told differently. It never traps the page's
//! scrolling: one finger and a plain wheel scroll the page (and the map says how to move it);
//! two fingers, Ctrl / ⌘ + wheel, a mouse drag, double-click, keyboard (+ − arrows 0) and the
//! buttons zoom and pan. The geometry comes from `geo`, what a gesture means from `gesture`;
//! this component renders and handles input.

use crate::geo::{self, Point, Viewport, HEIGHT, MARKER_R, WIDTH};
use crate::gesture;
use crate::hooks::use_app;
use crate::labels;
use crate::state::{Action, AppState};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The map's own state: what it shows. Input changes it through actions so closures registered
/// once (the wheel listener) always act on the current view.
#[derive(Clone, PartialEq)]
struct MapView(Viewport);

enum MapAction {
    Zoom(f64, Point),
    Pan(f64, f64),
    Set(Viewport),
    /// Frame these points in the current frame size.
    Fit(Vec<Point>),
    /// The element was measured at this width (CSS pixels).
    Resize(f64),
}

impl Reducible for MapView {
    type Action = MapAction;
    fn reduce(self: Rc<Self>, action: MapAction) -> Rc<Self> {
        Rc::new(MapView(match action {
            MapAction::Zoom(f, at) => self.0.zoom(f, at),
            MapAction::Pan(dx, dy) => self.0.pan(dx, dy),
            MapAction::Set(v) => v,
            MapAction::Fit(points) => Viewport::fit(&points, self.0.width, self.0.height),
            MapAction::Resize(w) if (w - self.0.width).abs() >= 1.0 && w > 0.0 => {
                self.0.resized(w, geo::height_for(w))
            }
            MapAction::Resize(_) => return self,
        }))
    }
}

/// The made stops' projected points: what "fit trip" frames.
fn trip_points(state: &AppState) -> Vec<Point> {
    state
        .analysis
        .stops
        .iter()
        .filter(|s| !s.onward)
        .filter_map(|s| state.analysis.places.get(s.place))
        .map(|p| geo::project(p.lon, p.lat))
        .collect()
}

/// A pointer event's position in the SVG's own units (its viewBox).
fn local(svg: &NodeRef, x: i32, y: i32) -> Option<Point> {
    let el = svg.cast::<web_sys::Element>()?;
    let r = el.get_bounding_client_rect();
    let view_box = el.get_attribute("viewBox").unwrap_or_default();
    let mut numbers = view_box
        .split(' ')
        .filter_map(|n| n.parse::<f64>().ok())
        .skip(2);
    let (w, h) = (numbers.next()?, numbers.next()?);
    (r.width() > 0.0 && r.height() > 0.0).then(|| Point {
        x: (x as f64 - r.left()) * w / r.width(),
        y: (y as f64 - r.top()) * h / r.height(),
    })
}

/// The map element's width in CSS pixels.
fn measured(svg: &NodeRef) -> Option<f64> {
    let el = svg.cast::<web_sys::Element>()?;
    let w = el.get_bounding_client_rect().width();
    (w > 0.0).then_some(w)
}

/// Fingers on the map: where a single finger started (for the hint), the last positions of two.
#[derive(Default)]
struct Touches {
    one: Option<Point>,
    two: Option<[(i32, Point); 2]>,
    hinted: bool,
}

/// The first two touches of a touch list, in the map's own units, with their identifiers.
fn two_touches(svg: &NodeRef, list: &web_sys::TouchList) -> Option<[(i32, Point); 2]> {
    let at = |i: u32| {
        let t = list.get(i)?;
        Some((t.identifier(), local(svg, t.client_x(), t.client_y())?))
    };
    Some([at(0)?, at(1)?])
}

/// Shows a hint over the map for a moment.
#[derive(Clone)]
struct Hint {
    set: UseStateSetter<Option<&'static str>>,
    timer: Rc<RefCell<Option<Timeout>>>,
}

impl Hint {
    fn show(&self, text: &'static str) {
        self.set.set(Some(text));
        let set = self.set.clone();
        *self.timer.borrow_mut() = Some(Timeout::new(2200, move || set.set(None)));
    }
}

fn on_mac() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().platform().ok())
        .is_some_and(|p| p.starts_with("Mac") || p.starts_with("iP"))
}

#[derive(Properties, PartialEq)]
struct LandProps {
    /// ISO codes of the countries the trip stops in (tinted).
    visited: Vec<String>,
}

/// The country outlines: drawn once (they move by the parent's transform), again only when the
/// stops' countries change.
#[function_component(Land)]
fn land(props: &LandProps) -> Html {
    html! {
        <g transform={geo::LAND_SCALE}>
            { for geo::countries().iter().map(|c| html! {
                <path d={c.path.clone()} class={classes!("country", props.visited.contains(&c.iso).then_some("visited"))}>
                    <title>{ c.name.clone() }</title>
                </path>
            }) }
        </g>
    }
}

#[function_component(TripMap)]
pub fn trip_map() -> Html {
    let state = use_app();
    let points = trip_points(&state);
    let view = use_reducer(|| MapView(Viewport::fit(&points, WIDTH, HEIGHT)));
    let svg = use_node_ref();
    // Mouse or pen pointers down on the map: id → last position (drag pans). Touch is handled
    // by touch events below, so that one finger is left to scroll the page.
    let pointers: Rc<RefCell<Vec<(i32, Point)>>> = use_mut_ref(Vec::new);
    let hint_text = use_state(|| None::<&'static str>);
    let hint = Hint {
        set: hint_text.setter(),
        timer: use_mut_ref(|| None),
    };

    // The frame is measured in CSS pixels (so markers and labels keep their size on a phone),
    // on mount and whenever the window is resized.
    {
        let svg = svg.clone();
        let dispatcher = view.dispatcher();
        let points = points.clone();
        use_effect_with((), move |_| {
            if let Some(w) = measured(&svg) {
                dispatcher.dispatch(MapAction::Resize(w));
                dispatcher.dispatch(MapAction::Fit(points));
            }
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "resize", move |_| {
                    if let Some(w) = measured(&svg) {
                        dispatcher.dispatch(MapAction::Resize(w));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Stops that arrive after the map mounted (a stored or published trip's analysis, at start)
    // are framed as they arrive.
    {
        let dispatcher = view.dispatcher();
        use_effect_with(points.clone(), move |points| {
            if !points.is_empty() {
                dispatcher.dispatch(MapAction::Fit(points.clone()));
            }
        });
    }
    // The wheel zooms only with Ctrl or ⌘ (a trackpad pinch too); a plain wheel scrolls the page
    // and the map says how to zoom. Non-passive, to keep the page still while zooming.
    {
        let svg = svg.clone();
        let dispatcher = view.dispatcher();
        let hint = hint.clone();
        use_effect_with((), move |_| {
            let target = svg.clone();
            let mac = on_mac();
            let listener = svg.cast::<web_sys::Element>().map(|el| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&el, "wheel", options, move |e| {
                    let Some(wheel) = e.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    if !gesture::wheel_zooms(wheel.ctrl_key(), wheel.meta_key()) {
                        hint.show(gesture::hint(false, mac));
                        return;
                    }
                    e.prevent_default();
                    if let Some(at) = local(&target, wheel.client_x(), wheel.client_y()) {
                        let factor = (-wheel.delta_y() * 0.0015).exp().clamp(0.5, 2.0);
                        dispatcher.dispatch(MapAction::Zoom(factor, at));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Touch: one finger scrolls the page (CSS `touch-action: pan-x pan-y`), and the map says how
    // to move it; two fingers zoom and pan the map (their moves are kept from the page).
    {
        let svg = svg.clone();
        let dispatcher = view.dispatcher();
        let hint = hint.clone();
        let touches: Rc<RefCell<Touches>> = use_mut_ref(Touches::default);
        use_effect_with((), move |_| {
            let Some(el) = svg.cast::<web_sys::Element>() else {
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            };
            let options = || EventListenerOptions::enable_prevent_default();
            let start = {
                let (svg, touches) = (svg.clone(), touches.clone());
                EventListener::new_with_options(&el, "touchstart", options(), move |e| {
                    let Some(t) = e.dyn_ref::<web_sys::TouchEvent>() else {
                        return;
                    };
                    let list = t.touches();
                    let mut state = touches.borrow_mut();
                    if list.length() >= 2 {
                        e.prevent_default();
                        state.one = None;
                        state.two = two_touches(&svg, &list);
                    } else {
                        state.two = None;
                        state.hinted = false;
                        state.one = list
                            .get(0)
                            .and_then(|f| local(&svg, f.client_x(), f.client_y()));
                    }
                })
            };
            let moved = {
                let (svg, touches) = (svg.clone(), touches.clone());
                EventListener::new_with_options(&el, "touchmove", options(), move |e| {
                    let Some(t) = e.dyn_ref::<web_sys::TouchEvent>() else {
                        return;
                    };
                    let list = t.touches();
                    let mut state = touches.borrow_mut();
                    if list.length() >= 2 {
                        if e.cancelable() {
                            e.prevent_default();
                        }
                        let Some(now) = two_touches(&svg, &list) else {
                            return;
                        };
                        if let Some(before) = state
                            .two
                            .filter(|b| b[0].0 == now[0].0 && b[1].0 == now[1].0)
                        {
                            if let Some(p) =
                                gesture::pinch([before[0].1, before[1].1], [now[0].1, now[1].1])
                            {
                                dispatcher.dispatch(MapAction::Pan(p.pan.0, p.pan.1));
                                dispatcher.dispatch(MapAction::Zoom(p.factor, p.about));
                            }
                        }
                        state.two = Some(now);
                    } else if let (Some(from), Some(f)) = (state.one, list.get(0)) {
                        let to = local(&svg, f.client_x(), f.client_y());
                        if !state.hinted && to.is_some_and(|to| gesture::dragged(from, to)) {
                            state.hinted = true;
                            hint.show(gesture::hint(true, false));
                        }
                    }
                })
            };
            let end = {
                let (svg, touches) = (svg.clone(), touches.clone());
                move |e: &web_sys::Event| {
                    let Some(t) = e.dyn_ref::<web_sys::TouchEvent>() else {
                        return;
                    };
                    let mut state = touches.borrow_mut();
                    state.two = two_touches(&svg, &t.touches());
                    if t.touches().length() == 0 {
                        state.one = None;
                    }
                }
            };
            let ended = EventListener::new(&el, "touchend", end.clone());
            let cancelled = EventListener::new(&el, "touchcancel", end);
            Box::new(move || drop((start, moved, ended, cancelled))) as Box<dyn FnOnce()>
        });
    }
    // A stop selected elsewhere (the list, a link) that lies outside the frame is brought in.
    {
        let view = view.clone();
        let selected = state
            .selected_stop
            .and_then(|k| state.analysis.stops.get(k))
            .and_then(|s| state.analysis.places.get(s.place))
            .map(|p| geo::project(p.lon, p.lat));
        use_effect_with(state.selected_stop, move |_| {
            if let Some(p) = selected {
                let v = view.0;
                if !v.contains(v.to_screen(p)) {
                    view.dispatch(MapAction::Set(Viewport {
                        center: p,
                        scale: v.scale.min(v.width / 60.0),
                        ..v
                    }));
                }
            }
        });
    }

    let v = view.0;
    let analysis = &state.analysis;
    let stops: Vec<(usize, Point, bool, String)> = analysis
        .stops
        .iter()
        .enumerate()
        .filter_map(|(k, s)| {
            let p = analysis.places.get(s.place)?;
            let name = labels::map_label(analysis, k, s);
            Some((k, geo::project(p.lon, p.lat), s.onward, name))
        })
        .collect();
    let names: Vec<String> = stops
        .iter()
        .map(|s| labels::stop_name(analysis, &analysis.stops[s.0]))
        .collect();
    // Markers stand where they stand whatever the labels; the route drawn from them leaves its
    // exit labels, which the stop labels then keep clear of.
    let legs = geo::route(&v, &geo::markers(&v, &stops, &[]), &names);
    let exits: Vec<(Point, &'static str, String)> = legs
        .iter()
        .filter_map(|l| l.exit.as_ref())
        .map(|(at, text)| {
            let (p, anchor, _) = geo::exit_label(&v, *at, text);
            (p, anchor, text.clone())
        })
        .collect();
    // (And the zoom buttons' corner, over the map's top right.)
    let avoid: Vec<geo::Rect> = legs
        .iter()
        .filter_map(|l| l.exit.as_ref())
        .map(|(at, text)| geo::exit_label(&v, *at, text).2)
        .chain(std::iter::once(geo::controls_corner(v.width)))
        .collect();
    let markers = geo::markers(&v, &stops, &avoid);
    let stop_countries: Vec<&str> = analysis
        .stops
        .iter()
        .filter_map(|s| s.country.as_deref())
        .collect();

    let centre = Point {
        x: v.width / 2.0,
        y: v.height / 2.0,
    };
    let zoom_by = |factor: f64| {
        let view = view.clone();
        Callback::from(move |_: MouseEvent| view.dispatch(MapAction::Zoom(factor, centre)))
    };
    let refit = {
        let (view, points) = (view.clone(), points.clone());
        Callback::from(move |_: MouseEvent| view.dispatch(MapAction::Fit(points.clone())))
    };
    let onkeydown = {
        let (view, points) = (view.clone(), points.clone());
        Callback::from(move |e: KeyboardEvent| {
            let action = match e.key().as_str() {
                "+" | "=" => MapAction::Zoom(1.5, centre),
                "-" | "_" => MapAction::Zoom(1.0 / 1.5, centre),
                "ArrowLeft" => MapAction::Pan(80.0, 0.0),
                "ArrowRight" => MapAction::Pan(-80.0, 0.0),
                "ArrowUp" => MapAction::Pan(0.0, 80.0),
                "ArrowDown" => MapAction::Pan(0.0, -80.0),
                "0" => MapAction::Fit(points.clone()),
                _ => return,
            };
            e.prevent_default();
            view.dispatch(action);
        })
    };
    let ondblclick = {
        let (view, svg) = (view.clone(), svg.clone());
        Callback::from(move |e: MouseEvent| {
            if let Some(at) = local(&svg, e.client_x(), e.client_y()) {
                view.dispatch(MapAction::Zoom(2.0, at));
            }
        })
    };
    let onpointerdown = {
        let (pointers, svg) = (pointers.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "touch" {
                return;
            }
            if let Some(at) = local(&svg, e.client_x(), e.client_y()) {
                let mut p = pointers.borrow_mut();
                p.retain(|(id, _)| *id != e.pointer_id());
                p.push((e.pointer_id(), at));
            }
        })
    };
    let onpointermove = {
        let (pointers, svg, view) = (pointers.clone(), svg.clone(), view.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(at) = local(&svg, e.client_x(), e.client_y()) else {
                return;
            };
            let mut p = pointers.borrow_mut();
            let Some(k) = p.iter().position(|(id, _)| *id == e.pointer_id()) else {
                return;
            };
            let before = p[k].1;
            if p.len() == 1 && e.buttons() != 0 {
                view.dispatch(MapAction::Pan(at.x - before.x, at.y - before.y));
            }
            p[k].1 = at;
        })
    };
    let onpointerup = {
        let pointers = pointers.clone();
        Callback::from(move |e: PointerEvent| {
            pointers
                .borrow_mut()
                .retain(|(id, _)| *id != e.pointer_id())
        })
    };

    let transform = v.transform();
    let max_hits = state.hits_per_stop.iter().copied().max().unwrap_or(0);
    let made = analysis.stops.iter().filter(|s| !s.onward).count();
    html! {
        <figure class="map" aria-labelledby="map-caption">
            <div class="map-controls" role="group" aria-label="Map zoom">
                <button type="button" onclick={zoom_by(1.5)} aria-label="Zoom in">{ "+" }</button>
                <button type="button" onclick={zoom_by(1.0 / 1.5)} aria-label="Zoom out">{ "−" }</button>
                <button type="button" onclick={refit}>{ "Fit trip" }</button>
            </div>
            <div class="map-frame">
            // The land in an SVG of its own, on its own layer: search marks and selection repaint
            // only the light overlay above it, not 25,000 points of coastline.
            <svg class="map-land" viewBox={format!("0 0 {:.0} {:.0}", v.width, v.height)} aria-hidden="true" focusable="false">
                <rect class="sea" x="0" y="0" width={format!("{:.0}", v.width)} height={format!("{:.0}", v.height)} />
                <g class="land" transform={transform}>
                    <Land visited={stop_countries.iter().map(|c| c.to_string()).collect::<Vec<_>>()} />
                </g>
            </svg>
            <svg ref={svg.clone()} class="map-overlay" viewBox={format!("0 0 {:.0} {:.0}", v.width, v.height)} role="group" tabindex="0"
                aria-label={format!("Map of the trip, {made} stops. Plus and minus zoom, arrow keys pan, 0 fits the trip.")}
                {onkeydown} {ondblclick} {onpointerdown} {onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup.clone()} onpointerleave={onpointerup}>
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z" class="arrow-head" />
                    </marker>
                </defs>
                <g class="route" aria-hidden="true">
                    { for legs.iter().map(|leg| html! {
                        <>
                            <path d={leg.path.clone()} class={classes!("leg", leg.onward.then_some("onward"))} marker-end="url(#arrow)" />
                        </>
                    }) }
                    { for exits.iter().map(|(at, anchor, text)| html! {
                        <text class="exit-label" x={format!("{:.1}", at.x)} y={format!("{:.1}", at.y)} text-anchor={*anchor}>{ text.clone() }</text>
                    }) }
                </g>
                // Leader lines from a moved marker to its place, under every marker.
                <g class="leaders" aria-hidden="true">
                    { for markers.iter().filter(|m| v.contains(m.at) && (m.at.x - m.anchor.x).abs() + (m.at.y - m.anchor.y).abs() > 2.0).map(|m| html! {
                        <>
                            <line class="leader" x1={format!("{:.1}", m.anchor.x)} y1={format!("{:.1}", m.anchor.y)}
                                x2={format!("{:.1}", m.at.x)} y2={format!("{:.1}", m.at.y)} />
                            <circle class="anchor" cx={format!("{:.1}", m.anchor.x)} cy={format!("{:.1}", m.anchor.y)} r="2.5" />
                        </>
                    }) }
                </g>
                <g class="markers">
                    { for markers.iter().filter(|m| v.contains(m.at)).map(|m| {
                        let k = m.stop;
                        let stop = &analysis.stops[k];
                        let select = {
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(Action::ChooseStop(k)))
                        };
                        let key = {
                            let state = state.clone();
                            Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                e.stop_propagation();
                                state.dispatch(Action::ChooseStop(k));
                            })
                        };
                        let enter = {
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(Action::HoverStop(Some(k))))
                        };
                        let leave = {
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(Action::HoverStop(None)))
                        };
                        let selected = state.selected_stop == Some(k);
                        let hovered = state.hover_stop == Some(k);
                        let differs = !labels::disputes(analysis, k).is_empty();
                        html! {
                            <g class={classes!("marker", m.onward.then_some("onward"), selected.then_some("selected"), hovered.then_some("hovered"), differs.then_some("differs"))}
                                role="button" tabindex="0" aria-pressed={if selected { "true" } else { "false" }}
                                aria-label={labels::marker_name(analysis, k, stop)}
                                onclick={select} onkeydown={key} onmouseenter={enter} onmouseleave={leave}>
                                if let Some(&n) = state.hits_per_stop.get(k).filter(|n| **n > 0) {
                                    <circle class="hit-halo" cx={format!("{:.1}", m.at.x)} cy={format!("{:.1}", m.at.y)}
                                        r={format!("{:.1}", MARKER_R + 4.0 + 12.0 * n as f64 / max_hits.max(1) as f64)} />
                                }
                                if differs {
                                    <circle class="differs-ring" cx={format!("{:.1}", m.at.x)} cy={format!("{:.1}", m.at.y)} r={format!("{}", if selected { MARKER_R + 6.0 } else { MARKER_R + 3.5 })} />
                                }
                                <circle cx={format!("{:.1}", m.at.x)} cy={format!("{:.1}", m.at.y)} r={format!("{}", if selected { MARKER_R + 3.0 } else { MARKER_R })} />
                                <text class="marker-number" x={format!("{:.1}", m.at.x)} y={format!("{:.1}", m.at.y + 4.5)} text-anchor="middle" aria-hidden="true">
                                    { if m.onward { "→".to_string() } else { (k + 1).to_string() } }
                                </text>
                            </g>
                        }
                    }) }
                </g>
                // Labels in a layer of their own, above every marker and leg.
                <g class="labels" aria-hidden="true">
                    { for markers.iter().filter_map(|m| m.label.as_ref().map(|l| (m, l))).map(|(m, l)| html! {
                        <text class={classes!("marker-label", (state.selected_stop == Some(m.stop)).then_some("selected"))}
                            x={format!("{:.1}", l.x)} y={format!("{:.1}", l.y)} text-anchor={l.anchor}>
                            { l.text.clone() }
                        </text>
                    }) }
                </g>
            </svg>
            <p class={classes!("map-hint", hint_text.is_some().then_some("shown"))} role="status">{ hint_text.unwrap_or_default() }</p>
            </div>
            <figcaption id="map-caption">
                { "Map of the stops in trip order; dashed: onward. Two fingers, Ctrl + scroll (⌘ on a Mac), a mouse drag or the buttons move and zoom it. Country outlines: Natural Earth." }
            </figcaption>
        </figure>
    }
}
