//! Browser tests of the components and the app (wasm-bindgen-test in headless Chromium):
//! rendered with Yew's test scheduler, asserted on the real DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use crossroads::card::Card;
use crossroads::components::profile_chart::{Marker, Series};
use crossroads::components::{EarlierResults, ProfileChart, Progress, Scale, SharePanel};
use crossroads::earlier::{self, Kept};
use crossroads::embed::ResultEvents;
use crossroads::journey::Shared;
use crossroads::journey::{Action, Screen};
use crossroads::page_words::{word, Word};
use crossroads::platform::Platform;
use crossroads::screens::result::ResultMode;
use crossroads::screens::ResultScreen;
use crossroads_core::content::{STATEMENTS, THEMES};
use crossroads_core::{score, Answers, Choice, PathId};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit, MouseEvent,
    MouseEventInit,
};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element in the page for one test.
fn host() -> Element {
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn click(el: &Element, detail: i32) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_detail(detail);
    let e = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// Waits for a later task: the app updates the address bar there, after painting.
/// Waits until what the app does after a paint (`web::after_paint`) has run: the next
/// animation frame, then a task after it.
async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    let task = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback(&resolve);
    });
    wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&e).unwrap();
}

#[derive(Properties, PartialEq)]
struct ScaleHarness {
    log: Rc<RefCell<Vec<(Choice, bool)>>>,
}

#[component]
fn ScaleUnderTest(props: &ScaleHarness) -> Html {
    let value = use_state(|| None::<Choice>);
    let log = props.log.clone();
    let on_choose = {
        let value = value.clone();
        Callback::from(move |(c, advance): (Choice, bool)| {
            log.borrow_mut().push((c, advance));
            value.set(Some(c));
        })
    };
    html! {
        <>
            <h1 id="legend">{ "A statement" }</h1>
            <Scale name="s-test" labelled_by="legend" value={*value} {on_choose} />
        </>
    }
}

#[wasm_bindgen_test]
async fn scale_by_mouse_and_by_keyboard() {
    let root = host();
    let log = Rc::new(RefCell::new(Vec::new()));
    yew::Renderer::<ScaleUnderTest>::with_root_and_props(
        root.clone(),
        ScaleHarness { log: log.clone() },
    )
    .render();
    yew::scheduler::flush().await;

    let radios = all(&root, "input[type=radio]");
    assert_eq!(radios.len(), 6, "five steps plus not sure");
    assert_eq!(
        one(&root, "fieldset")
            .get_attribute("aria-labelledby")
            .as_deref(),
        Some("legend")
    );
    let labels: Vec<String> = all(&root, ".choice-label")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert_eq!(
        labels.first().map(String::as_str),
        Some("Strongly disagree")
    );
    assert_eq!(labels.last().map(String::as_str), Some("Not sure"));

    // A pointer click (detail 1) answers and asks to move on.
    click(&radios[4], 1);
    yew::scheduler::flush().await;
    assert_eq!(log.borrow().last(), Some(&(Choice::STRONGLY_AGREE, true)));
    assert!(radios[4].dyn_ref::<HtmlInputElement>().unwrap().checked());
    assert!(one(&root, "label.checked")
        .text_content()
        .unwrap()
        .contains("Strongly agree"));

    // A keyboard-made click (arrows or space: detail 0) answers without moving on.
    click(&radios[5], 0);
    yew::scheduler::flush().await;
    assert_eq!(log.borrow().last(), Some(&(Choice::Unsure, false)));
    assert!(radios[5].dyn_ref::<HtmlInputElement>().unwrap().checked());
    assert!(!radios[4].dyn_ref::<HtmlInputElement>().unwrap().checked());
}

#[derive(Properties, PartialEq)]
struct ProgressHarness {
    position: usize,
    answered: usize,
}

#[component]
fn ProgressUnderTest(p: &ProgressHarness) -> Html {
    html! { <Progress position={p.position} total={30} answered={p.answered} theme="Energy" /> }
}

#[wasm_bindgen_test]
async fn progress_shows_position_and_answered_share() {
    let root = host();
    yew::Renderer::<ProgressUnderTest>::with_root_and_props(
        root.clone(),
        ProgressHarness {
            position: 7,
            answered: 6,
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert_eq!(
        one(&root, ".progress-count").text_content().as_deref(),
        Some("7 of 30")
    );
    assert_eq!(
        one(&root, ".progress-text")
            .get_attribute("aria-live")
            .as_deref(),
        Some("polite")
    );
    let bar = one(&root, "[role=progressbar]");
    assert_eq!(bar.get_attribute("aria-valuenow").as_deref(), Some("6"));
    assert_eq!(bar.get_attribute("aria-valuemax").as_deref(), Some("30"));
    assert_eq!(
        one(&root, ".progress-fill")
            .get_attribute("width")
            .as_deref(),
        Some("20%")
    );
}

#[derive(Properties, PartialEq)]
struct ChartHarness {
    you: [Option<i16>; 13],
}

#[component]
fn ChartUnderTest(p: &ChartHarness) -> Html {
    let series = vec![
        Series {
            label: "You".into(),
            marker: Marker::Dot,
            values: p.you,
        },
        crossroads::screens::result::typical_series(PathId::Staff),
    ];
    html! { <ProfileChart {series} caption="Profile" /> }
}

#[wasm_bindgen_test]
async fn chart_has_an_axis_and_labels_per_theme_and_a_text_alternative() {
    let root = host();
    let mut you = [None; 13];
    you[0] = Some(-100);
    you[1] = Some(100);
    yew::Renderer::<ChartUnderTest>::with_root_and_props(root.clone(), ChartHarness { you })
        .render();
    yew::scheduler::flush().await;

    let scored: Vec<_> = THEMES.iter().filter(|t| t.scored).collect();
    let rows = all(&root, ".chart-row");
    assert_eq!(rows.len(), scored.len());
    for (row, theme) in rows.iter().zip(&scored) {
        assert_eq!(
            one(row, ".chart-theme").text_content().as_deref(),
            Some(theme.name.as_str())
        );
        assert_eq!(
            one(row, ".chart-pole-left").text_content().as_deref(),
            Some(theme.left.as_str())
        );
        assert_eq!(
            one(row, ".chart-pole-right").text_content().as_deref(),
            Some(theme.right.as_str())
        );
        assert!(row.query_selector("line.axis").unwrap().is_some());
        let svg = one(row, "svg.chart-track");
        assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
        assert!(svg
            .get_attribute("aria-label")
            .unwrap()
            .starts_with(theme.name.as_str()));
    }
    // The person's markers sit at the ends of the first two axes; no marker where no answer.
    assert_eq!(
        one(&rows[0], "circle.series-0")
            .get_attribute("cx")
            .as_deref(),
        Some("6.0%")
    );
    assert_eq!(
        one(&rows[1], "circle.series-0")
            .get_attribute("cx")
            .as_deref(),
        Some("94.0%")
    );
    assert!(rows[2].query_selector("circle.series-0").unwrap().is_none());
    // Text alternative: a table with a row per theme and a column per series.
    assert_eq!(all(&root, ".chart-table tbody tr").len(), scored.len());
    assert_eq!(all(&root, ".chart-table thead th").len(), 3);
    assert!(one(&rows[0], "svg.chart-track")
        .get_attribute("aria-label")
        .unwrap()
        .contains("You: strongly toward"));
    assert_eq!(all(&root, ".chart-legend li").len(), 2);
}

#[derive(Properties, PartialEq)]
struct ResultHarness {
    answers: Answers,
}

#[component]
fn ResultUnderTest(p: &ResultHarness) -> Html {
    html! {
        <ResultScreen answers={p.answers.clone()} outcome={score(&p.answers)}
            dispatch={Callback::from(|_: Action| ())} />
    }
}

#[wasm_bindgen_test]
async fn result_shows_the_ranking_and_verdict_of_the_answers() {
    // Agree strongly with everything that pushes staff+ up, disagree with the rest.
    let mut answers = Answers::new();
    for (i, s) in STATEMENTS.iter().enumerate() {
        let push = s.push[PathId::Staff.index()];
        answers.set(i, Some(Choice::Scale(push.signum() * 2)));
    }
    let expected = score(&answers);
    let root = host();
    yew::Renderer::<ResultUnderTest>::with_root_and_props(root.clone(), ResultHarness { answers })
        .render();
    yew::scheduler::flush().await;

    let main = one(&root, "main.result");
    assert_eq!(
        main.get_attribute("data-top").as_deref(),
        Some(expected.top().key())
    );
    assert_eq!(
        main.get_attribute("data-verdict").as_deref(),
        Some(expected.verdict.key())
    );
    assert_eq!(expected.top(), PathId::Staff);
    let ranked: Vec<String> = all(&root, ".ranking.compact li")
        .iter()
        .map(|li| li.get_attribute("data-path").unwrap())
        .collect();
    let want: Vec<&str> = expected.ranking.iter().map(|p| p.key()).collect();
    assert_eq!(ranked, want);
    let headline = one(&root, "h1").text_content().unwrap();
    assert!(
        headline.contains(PathId::Staff.path().name.as_str()),
        "{headline}"
    );
    let first_fit = one(&root, ".ranking li .fit-value").text_content().unwrap();
    assert!(first_fit.contains(&expected.fit(PathId::Staff).percent().to_string()));
    // The summary comes first, with its share controls; the depth once it is painted.
    assert!(!all(&root, ".share-panel.compact button").is_empty());
    assert!(
        all(&root, ".advice").is_empty(),
        "the depth is not in the first render"
    );
    after_paint().await;
    yew::scheduler::flush().await;
    assert!(!all(&root, ".advice").is_empty(), "advice is shown");
    assert_eq!(all(&root, ".ranking:not(.compact) li").len(), 4);
}

#[derive(Properties, PartialEq)]
struct NoticeHarness {
    result_events: ResultEvents,
    mode: ResultMode,
}

#[component]
fn NoticeUnderTest(p: &NoticeHarness) -> Html {
    let answers = Answers::new();
    html! {
        <>
            <ResultScreen answers={answers.clone()} outcome={score(&answers)} mode={p.mode.clone()}
                dispatch={Callback::from(|_: Action| ())} result_events={p.result_events} />
        </>
    }
}

async fn render_notice(result_events: ResultEvents, mode: ResultMode) -> Element {
    let root = host();
    yew::Renderer::<NoticeUnderTest>::with_root_and_props(
        root.clone(),
        NoticeHarness {
            result_events,
            mode,
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_notice_shows_beside_the_readers_own_result_only() {
    // Nothing sent: no notice. (The intro's privacy line is the page's: receives-*.html.)
    let root = render_notice(ResultEvents::Nothing, ResultMode::Own).await;
    assert!(all(&root, ".receives").is_empty());

    // The summary: right under the result.
    let root = render_notice(ResultEvents::Summary, ResultMode::Own).await;
    assert_eq!(
        texts(&root, "main.result > .coverage + p.receives"),
        [word(Word::NoticeSummary)]
    );

    // The link: named too, beside the result.
    let root = render_notice(ResultEvents::Link, ResultMode::Own).await;
    assert_eq!(
        texts(&root, "main.result > .coverage + p.receives"),
        [word(Word::NoticeLink)]
    );

    // Someone else's result, opened from a link, is never sent: no notice beside it.
    let shared = ResultMode::Shared {
        label: None,
        older: false,
        can_compare: false,
        kept: None,
        sent: true,
    };
    let root = render_notice(ResultEvents::Link, shared).await;
    assert!(all(&root, "main.result .receives").is_empty());
}

#[wasm_bindgen_test]
async fn app_answers_by_number_keys_and_moves_on() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear();
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("#q/1"))
        .unwrap();
    let root = host();
    yew::Renderer::<crossroads::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(
        one(&root, ".progress-count").text_content().as_deref(),
        Some(format!("1 of {}", STATEMENTS.len()).as_str())
    );
    key(&document().body().unwrap().into(), "5");
    yew::scheduler::flush().await;
    assert_eq!(
        one(&root, ".progress-count").text_content().as_deref(),
        Some(format!("2 of {}", STATEMENTS.len()).as_str())
    );
    after_paint().await;
    assert_eq!(
        Screen::from_fragment(&web_sys::window().unwrap().location().hash().unwrap()),
        Some(Screen::Question(1))
    );
    // Back shows the first answer kept.
    one(&root, ".step-nav button")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert!(one(&root, "label.checked")
        .text_content()
        .unwrap()
        .contains("Strongly agree"));
    // The answer was saved as it was given.
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&crossroads::web::storage::progress_key())
        .unwrap();
    assert!(saved.is_some());
}

#[derive(Properties, PartialEq)]
struct QuestionHarness {
    answers: Answers,
    index: Rc<RefCell<Option<UseStateHandle<usize>>>>,
}

#[component]
fn QuestionUnderTest(p: &QuestionHarness) -> Html {
    let index = use_state(|| 0usize);
    *p.index.borrow_mut() = Some(index.clone());
    html! {
        <crossroads::screens::QuestionScreen index={*index} answers={p.answers.clone()}
            dispatch={Callback::noop()} />
    }
}

/// Moving between statements shows each one's kept answer, wherever it sits on the scale:
/// radios reused from the previous statement would join the new group one at a time, and a
/// still-checked one would uncheck the answer already set there.
#[wasm_bindgen_test]
async fn each_statement_shows_its_own_kept_answer() {
    let mut answers = Answers::new();
    let order = [
        Choice::ALL[0],
        Choice::ALL[Choice::ALL.len() - 1],
        Choice::ALL[2],
        Choice::ALL[0],
    ];
    for (i, choice) in order.iter().enumerate() {
        answers.set(i, Some(*choice));
    }
    let index = Rc::new(RefCell::new(None));
    let root = host();
    yew::Renderer::<QuestionUnderTest>::with_root_and_props(
        root.clone(),
        QuestionHarness {
            answers,
            index: index.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let checked = |root: &Element| -> Vec<String> {
        all(root, "input[type=radio]")
            .into_iter()
            .filter_map(|el| el.dyn_into::<HtmlInputElement>().ok())
            .filter(|input| input.checked())
            .map(|input| input.value())
            .collect()
    };
    for (i, choice) in order.iter().enumerate() {
        if i > 0 {
            index.borrow().as_ref().unwrap().set(i);
            yew::scheduler::flush().await;
        }
        assert_eq!(
            checked(&root),
            vec![crossroads::components::scale::shortcut(*choice).to_string()],
            "statement {i}"
        );
    }
}

#[wasm_bindgen_test]
fn the_error_screen_replaces_the_widget_and_shows_details_as_text() {
    let root = document()
        .get_element_by_id("crossroads")
        .unwrap_or_else(|| {
            let el = host();
            el.set_id("crossroads");
            el
        });
    crossroads::web::show_error_screen("<b>boom</b>");
    assert_eq!(
        one(&root, "h1").text_content().as_deref(),
        Some("Something went wrong")
    );
    assert_eq!(
        one(&root, "#error-detail").text_content().as_deref(),
        Some("<b>boom</b>")
    );
    assert!(root.query_selector("#error-detail b").unwrap().is_none());
    assert!(one(&root, "a[href$='start-over=1']")
        .text_content()
        .unwrap()
        .contains("Start over"));
}

#[wasm_bindgen_test]
fn wordpress_frame_address_reads_as_no_fragment() {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let location = window.location();
    let before = location.href().unwrap();
    let fragment_of = |address: &str| {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
            .unwrap();
        crossroads::web::fragment()
    };
    // WordPress's embed frame, and what only starts like it: none is a screen or a link.
    assert_eq!(fragment_of("#?secret=Ab3dE5gH9k"), "");
    assert_eq!(fragment_of("#?secret=short"), "");
    assert_eq!(fragment_of("#?secret=abcdefghij&x=1"), "");
    // The widget's own fragments read as before.
    assert_eq!(fragment_of("#r=AgECQVNTDKwdP"), "r=AgECQVNTDKwdP");
    assert_eq!(fragment_of("#q/3"), "q/3");
    assert_eq!(fragment_of("#secret=Ab3dE5gH9k"), "secret=Ab3dE5gH9k");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before))
        .unwrap();
}

/// What a stand-in platform was asked to do.
#[derive(Default)]
struct Asked {
    kept: Vec<Kept>,
    saves: usize,
    focused: Vec<String>,
    images: Vec<Card>,
    actions: Vec<Action>,
}

fn answers_of(n: usize) -> Answers {
    let mut a = Answers::new();
    for i in 0..STATEMENTS.len() {
        a.set(i, Some(Choice::ALL[(i + n) % Choice::ALL.len()]));
    }
    a
}

/// A platform that keeps its earlier results in memory, saves images into a list and
/// notes where focus was asked to go.
fn stand_in(asked: &Rc<RefCell<Asked>>) -> Platform {
    let (a, b, c, d) = (asked.clone(), asked.clone(), asked.clone(), asked.clone());
    Platform {
        earlier: Callback::from(move |_| a.borrow().kept.clone()),
        keep: Callback::from(move |kept: Vec<Kept>| {
            let mut asked = b.borrow_mut();
            asked.kept = kept;
            asked.saves += 1;
            true
        }),
        focus: Callback::from(move |id: AttrValue| c.borrow_mut().focused.push(id.to_string())),
        save_image: Callback::from(move |(card, done): (Card, Callback<bool>)| {
            d.borrow_mut().images.push(card);
            done.emit(true);
        }),
        ..Platform::default()
    }
}

#[derive(Properties, PartialEq)]
struct EarlierHarness {
    platform: Platform,
    current: Option<Answers>,
    dispatch: Callback<Action>,
}

#[component]
fn EarlierUnderTest(p: &EarlierHarness) -> Html {
    html! {
        <ContextProvider<Platform> context={p.platform.clone()}>
            <h2 id="earlier-title" tabindex="-1">{ "Your earlier results" }</h2>
            <EarlierResults current={p.current.clone()} dispatch={p.dispatch.clone()} heading="earlier-title" />
        </ContextProvider<Platform>>
    }
}

fn button(root: &Element, name: &str) -> Element {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.text_content().as_deref() == Some(name)
        })
        .unwrap_or_else(|| panic!("no button {name}"))
}

#[wasm_bindgen_test]
async fn earlier_results_list_the_others_and_open_compare_and_delete_them() {
    let asked = Rc::new(RefCell::new(Asked::default()));
    {
        let mut a = asked.borrow_mut();
        for (n, at) in [(1, 1000), (2, 2000), (3, 3000)] {
            earlier::add_reached(&mut a.kept, &answers_of(n), at, format!("day {n}"));
        }
    }
    let actions = asked.clone();
    let dispatch = Callback::from(move |a: Action| actions.borrow_mut().actions.push(a));
    let root = host();
    // On the result of the latest answers: the other two are listed, newest first.
    yew::Renderer::<EarlierUnderTest>::with_root_and_props(
        root.clone(),
        EarlierHarness {
            platform: stand_in(&asked),
            current: Some(answers_of(3)),
            dispatch,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let dates: Vec<String> = all(&root, ".earlier-date")
        .iter()
        .map(|d| d.text_content().unwrap())
        .collect();
    assert_eq!(dates, ["day 2", "day 1"]);
    assert_eq!(
        one(&root, ".earlier-item .earlier-verdict")
            .text_content()
            .unwrap(),
        crossroads::sentences::verdict_headline(&score(&answers_of(2)))
    );

    // Open and compare tell the app what to show.
    click(&button(&root, "Open the result of day 2"), 1);
    click(
        &button(&root, "Compare with this result: the result of day 1"),
        1,
    );
    {
        let a = asked.borrow();
        assert!(
            matches!(&a.actions[0], Action::OpenShared(Shared::Kept { name, .. }) if name == "day 2")
        );
        match &a.actions[1] {
            Action::OpenShared(Shared::Two {
                first,
                second,
                second_is_mine,
            }) => {
                assert_eq!(first.answers, answers_of(1));
                assert_eq!(first.label.as_deref(), Some("day 1"));
                assert_eq!(second.answers, answers_of(3));
                assert!(*second_is_mine);
            }
            other => panic!("{other:?}"),
        }
    }

    // Delete one: kept without it, said, and focus goes to the next one.
    click(&button(&root, "Delete the result of day 2"), 1);
    yew::scheduler::flush().await;
    {
        let a = asked.borrow();
        assert_eq!(a.kept.len(), 2);
        assert!(a.kept.iter().all(|k| k.result.answers != answers_of(2)));
        assert_eq!(
            a.focused.last().map(String::as_str),
            Some("earlier-open-1000")
        );
    }
    assert_eq!(all(&root, ".earlier-item").len(), 1);
    assert_eq!(
        one(&root, ".earlier-status").text_content().unwrap(),
        "Deleted the result of day 2."
    );

    // Delete all asks first, then empties the list; focus goes to the heading.
    click(&button(&root, "Delete all"), 1);
    yew::scheduler::flush().await;
    assert!(one(&root, "#earlier-confirm-text")
        .text_content()
        .unwrap()
        .contains("Delete all 2 results"));
    click(&button(&root, "Yes, delete all"), 1);
    yew::scheduler::flush().await;
    assert!(asked.borrow().kept.is_empty());
    assert_eq!(
        asked.borrow().focused.last().map(String::as_str),
        Some("earlier-title")
    );
    assert!(all(&root, ".earlier-item").is_empty());
    assert!(root
        .text_content()
        .unwrap()
        .contains("No earlier results are kept in this browser."));
}

#[derive(Properties, PartialEq)]
struct CardHarness {
    platform: Platform,
    outcome: crossroads_core::Outcome,
}

#[component]
fn CardUnderTest(p: &CardHarness) -> Html {
    html! {
        <ContextProvider<Platform> context={p.platform.clone()}>
            <SharePanel fragment_for={Callback::from(|_: Option<String>| "r=AbC".to_string())}
                compact=true card={p.outcome.clone()} />
        </ContextProvider<Platform>>
    }
}

#[wasm_bindgen_test]
async fn save_as_image_hands_the_card_of_the_result_and_says_it_is_saved() {
    let asked = Rc::new(RefCell::new(Asked::default()));
    let outcome = score(&answers_of(4));
    let platform = Platform {
        link_base: "https://blog.example/crossroads/".into(),
        ..stand_in(&asked)
    };
    let root = host();
    yew::Renderer::<CardUnderTest>::with_root_and_props(
        root.clone(),
        CardHarness {
            platform,
            outcome: outcome.clone(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    click(&button(&root, "Save as image"), 1);
    yew::scheduler::flush().await;
    let a = asked.borrow();
    assert_eq!(a.images.len(), 1);
    let card = &a.images[0];
    assert_eq!(
        card.verdict,
        crossroads::sentences::verdict_headline(&outcome)
    );
    assert_eq!(card.link, "https://blog.example/crossroads/#r=AbC");
    assert_eq!(card.fits.len(), 4);
    assert!(one(&root, ".share-status")
        .text_content()
        .unwrap()
        .starts_with("Image saved as crossroads-result.png"));
}

#[wasm_bindgen_test]
async fn focus_moves_on_each_deletion_even_to_the_same_place_twice() {
    let asked = Rc::new(RefCell::new(Asked::default()));
    {
        let mut a = asked.borrow_mut();
        for (n, at) in [(1, 1000), (2, 2000), (3, 3000)] {
            earlier::add_reached(&mut a.kept, &answers_of(n), at, format!("day {n}"));
        }
    }
    let root = host();
    yew::Renderer::<EarlierUnderTest>::with_root_and_props(
        root.clone(),
        EarlierHarness {
            platform: stand_in(&asked),
            current: None,
            dispatch: Callback::noop(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    // [day 3, day 2, day 1]: deleting day 2 sends focus to day 1; deleting day 3 then sends
    // it to day 1 again, and it must still move.
    click(&button(&root, "Delete the result of day 2"), 1);
    yew::scheduler::flush().await;
    click(&button(&root, "Delete the result of day 3"), 1);
    yew::scheduler::flush().await;
    assert_eq!(
        asked.borrow().focused,
        ["earlier-open-1000", "earlier-open-1000"]
    );
    // "Delete all" gives focus to the question's safe answer, and back.
    click(&button(&root, "Delete all"), 1);
    yew::scheduler::flush().await;
    click(&button(&root, "Keep them"), 1);
    yew::scheduler::flush().await;
    assert_eq!(
        &asked.borrow().focused[2..],
        ["earlier-keep-them", "earlier-delete-all"]
    );
}
