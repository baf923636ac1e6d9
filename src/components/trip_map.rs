//! The map: country outlines (offline SVG), numbered stop markers, the route in trip order with
//! arrowheads, onward legs dashed (leaving the frame with a label when far away), the selected
//! stop emphasised. Zoom and pan by wheel, drag, pinch, double-click, keyboard (+ − arrows 0)
//! and buttons. The geometry comes from `geo`; this component renders and handles input.

use crate::geo::{self, Point, Viewport, HEIGHT, MARKER_R, WIDTH};
use crate::hooks::use_app;
use crate::labels;
use crate::state::{Action, AppState};
use gloo_events::{EventListener, EventListenerOptions};
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
        for geo::countries().iter().map(|c| html! {
            <path d={c.path.clone()} class={classes!("country", props.visited.contains(&c.iso).then_some("visited"))}>
                <title>{ c.name.clone() }</title>
            </path>
        })
    }
}

#[function_component(TripMap)]
pub fn trip_map() -> Html {
    let state = use_app();
    let points = trip_points(&state);
    let view = use_reducer(|| MapView(Viewport::fit(&points, WIDTH, HEIGHT)));
    let svg = use_node_ref();
    // Pointers down on the map: id → last position (one pans, two pinch).
    let pointers: Rc<RefCell<Vec<(i32, Point)>>> = use_mut_ref(Vec::new);

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
    // Wheel zoom needs a non-passive listener to keep the page from scrolling.
    {
        let svg = svg.clone();
        let dispatcher = view.dispatcher();
        use_effect_with((), move |_| {
            let target = svg.clone();
            let listener = svg.cast::<web_sys::Element>().map(|el| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&el, "wheel", options, move |e| {
                    let Some(wheel) = e.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
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
            let name = labels::stop_name(analysis, s);
            Some((k, geo::project(p.lon, p.lat), s.onward, name))
        })
        .collect();
    let markers = geo::markers(&v, &stops);
    let names: Vec<String> = stops
        .iter()
        .map(|s| labels::stop_name(analysis, &analysis.stops[s.0]))
        .collect();
    let legs = geo::route(&v, &markers, &names);
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
            if p.len() == 2 {
                let other = p[1 - k].1;
                let dist = |a: Point, b: Point| ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                let (d0, d1) = (dist(before, other), dist(at, other));
                if d0 > 5.0 {
                    let mid = Point {
                        x: (at.x + other.x) / 2.0,
                        y: (at.y + other.y) / 2.0,
                    };
                    view.dispatch(MapAction::Zoom(d1 / d0, mid));
                }
            } else if p.len() == 1 && e.buttons() != 0 {
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
                            if let Some((at, text)) = &leg.exit {
                                <text class="exit-label" x={format!("{:.1}", at.x)} y={format!("{:.1}", at.y - 10.0)}
                                    text-anchor={if at.x > v.width / 2.0 { "end" } else { "start" }}>{ text.clone() }</text>
                            }
                        </>
                    }) }
                </g>
                <g class="markers">
                    { for markers.iter().filter(|m| v.contains(m.at)).map(|m| {
                        let k = m.stop;
                        let stop = &analysis.stops[k];
                        let select = {
                            let state = state.clone();
                            Callback::from(move |_: MouseEvent| state.dispatch(Action::SelectStop(k)))
                        };
                        let key = {
                            let state = state.clone();
                            Callback::from(move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                e.stop_propagation();
                                state.dispatch(Action::SelectStop(k));
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
                        html! {
                            <g class={classes!("marker", m.onward.then_some("onward"), selected.then_some("selected"), hovered.then_some("hovered"))}
                                role="button" tabindex="0" aria-pressed={if selected { "true" } else { "false" }}
                                aria-label={labels::marker_name(analysis, k, stop)}
                                onclick={select} onkeydown={key} onmouseenter={enter} onmouseleave={leave}>
                                if (m.at.x - m.anchor.x).abs() + (m.at.y - m.anchor.y).abs() > 2.0 {
                                    <line class="leader" x1={format!("{:.1}", m.anchor.x)} y1={format!("{:.1}", m.anchor.y)}
                                        x2={format!("{:.1}", m.at.x)} y2={format!("{:.1}", m.at.y)} />
                                    <circle class="anchor" cx={format!("{:.1}", m.anchor.x)} cy={format!("{:.1}", m.anchor.y)} r="2.5" />
                                }
                                if let Some(&n) = state.hits_per_stop.get(k).filter(|n| **n > 0) {
                                    <circle class="hit-halo" cx={format!("{:.1}", m.at.x)} cy={format!("{:.1}", m.at.y)}
                                        r={format!("{:.1}", MARKER_R + 4.0 + 12.0 * n as f64 / max_hits.max(1) as f64)} />
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
            </div>
            <figcaption id="map-caption">
                { "Map of the stops in trip order; dashed: onward. Drag to pan, wheel or pinch to zoom. Country outlines: Natural Earth." }
            </figcaption>
        </figure>
    }
}
