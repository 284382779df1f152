//! The village of small hosts: tapping hosts and people to move them, and the federation
//! links between hosts.

use eframe::egui::{Color32, Pos2, Rect, Response, Role, Sense, Stroke, Ui, Vec2, WidgetInfo};

use super::super::content::FederationData;
use super::super::logic::{Game, Phase};
use super::HOST_RADIUS;
use super::build::paint_bubble;
use super::scene::{head_radius, host_cell, host_spot, paint_dashed, paint_person, person_spots};
use crate::activity::ActivityCtx;
use crate::audio::Sound;
use crate::ui::Pictogram;
use crate::ui::fonts::bold;
use crate::ui::pane::{nearest, pane_ui};
use crate::ui::tokens::{Palette, Theme, theme, tokens};
use crate::ui::widgets::focus_ring;

/// What a tap in the village reaches while building.
#[derive(Clone, Copy)]
pub(super) enum Target {
    Host(usize),
    Person(usize),
}

/// The hosts, their links, and the people; while building, hosts, people and links are
/// buttons. People stand close together: each is a widget for the keyboard and screen readers,
/// and a finger's tap goes to the nearest host or person (see `ui::pane`).
pub(super) fn village_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    selected: &mut Option<usize>,
    area: Rect,
    ctx: &mut ActivityCtx<'_>,
) {
    pane_ui(ui, area, |ui| {
        let building = game.phase == Phase::Build;
        let down = game.struck_host();
        let groups = game.network.groups(down);
        paint_links(ui, game, &groups, area);
        let mut tapped = hosts_ui(ui, data, game, *selected, area, ctx);
        tapped = people_ui(ui, data, game, &groups, area).or(tapped);
        if building {
            let touch = theme(ui.ctx()).sizes.touch_target;
            let surface = ui.interact(area, ui.scope_id().with("village"), Sense::click());
            if surface.clicked()
                && let Some(at) = surface.interact_pointer_pos()
            {
                let spots = person_spots(&game.network, area);
                let hosts = (0..game.network.hosts.len())
                    .map(|host| (Target::Host(host), host_spot(area, host), HOST_RADIUS + 8.0));
                let people = spots
                    .iter()
                    .enumerate()
                    .map(|(user, &spot)| (Target::Person(user), spot, touch / 2.0 + 8.0));
                tapped = nearest(hosts.chain(people), at).or(tapped);
            }
            // The links' buttons lie over the village: a tap on one is for it.
            link_buttons_ui(ui, data, game, area, ctx);
        }
        match tapped {
            Some(Target::Host(host)) => {
                *selected = Some(host);
                ctx.play(Sound::Tap);
            }
            Some(Target::Person(user)) => {
                if let Some(host) = *selected {
                    game.network.move_user(user, host);
                    ctx.play(Sound::Tap);
                }
            }
            None => {}
        }
    });
}

/// The hosts with their names and how many they host; returns the host pressed by the keyboard
/// or a screen reader.
pub(super) fn hosts_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &Game,
    selected: Option<usize>,
    area: Rect,
    ctx: &ActivityCtx<'_>,
) -> Option<Target> {
    let theme = theme(ui.ctx());
    let p = &theme.palette;
    let building = game.phase == Phase::Build;
    let down = game.struck_host();
    let mut tapped = None;
    for host in 0..game.network.hosts.len() {
        let kind = &data.hosts[game.network.hosts[host]];
        let at = host_spot(area, host);
        let label = kind.name.get(ctx.lang);
        let response = host_button(ui, at, label, selected == Some(host), building);
        if response.clicked() {
            tapped = Some(Target::Host(host));
        }
        let struck = down == Some(host);
        paint_host(
            ui,
            theme,
            at,
            kind.pictogram,
            host_color(p, host),
            selected == Some(host) && building,
            struck,
        );
        let cell = host_cell(area, host);
        let name = ui.painter().layout_no_wrap(
            format!("{label} ({})", game.network.users_on(host)),
            bold(theme.sizes.font_small * 0.85),
            p.text,
        );
        let y = if host < 2 {
            cell.top()
        } else {
            cell.bottom() - name.size().y
        };
        let top = Pos2::new(cell.center().x - name.size().x / 2.0, y);
        ui.painter().galley(top, name, p.text);
        if let Some(event) = game.current_event().filter(|_| struck) {
            data.events[event].pictogram.paint(
                ui.painter(),
                at + Vec2::new(HOST_RADIUS, -HOST_RADIUS),
                36.0,
                p.accent,
            );
        }
    }
    tapped
}

/// The people, round their hosts or waiting; while building each is a touch-sized widget.
/// Returns the person pressed by the keyboard or a screen reader.
pub(super) fn people_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &Game,
    groups: &[Option<usize>],
    area: Rect,
) -> Option<Target> {
    let theme = theme(ui.ctx());
    let p = &theme.palette;
    let building = game.phase == Phase::Build;
    let down = game.struck_host();
    let head = head_radius(area);
    let mut tapped = None;
    for (user, &at) in person_spots(&game.network, area).iter().enumerate() {
        let name = data.names.get(user).map_or("?", String::as_str);
        let home = game.network.home[user];
        let color = home.map_or(p.surface, |host| host_color(p, host));
        let host_down = home.is_some() && home == down;
        if building {
            let body = at + Vec2::new(0.0, head * 0.6);
            let rect = Rect::from_center_size(body, Vec2::splat(theme.sizes.touch_target));
            let response = ui.interact(rect, ui.scope_id().with(("person", user)), Sense::click());
            response.widget_info(|| WidgetInfo::labeled(Role::Button, true, name));
            focus_ring(ui, &response, rect);
            if response.clicked() {
                tapped = Some(Target::Person(user));
            }
        }
        paint_person(ui.painter(), p, (at, head), color, host_down);
        if !building && !host_down {
            let talks = game.network.talks(&game.conversations, groups, user);
            paint_bubble(ui.painter(), p, (at, head), talks);
        }
    }
    tapped
}

/// A host as a button while building (its name is its label).
pub(super) fn host_button(
    ui: &mut Ui,
    at: Pos2,
    label: &str,
    selected: bool,
    building: bool,
) -> Response {
    let rect = Rect::from_center_size(at, Vec2::splat(HOST_RADIUS * 2.0));
    let sense = if building {
        Sense::click()
    } else {
        Sense::hover()
    };
    let response = ui.interact(rect, ui.scope_id().with(("host", label)), sense);
    response.widget_info(|| WidgetInfo::selected(Role::Button, building, selected, label));
    if building {
        focus_ring(ui, &response, rect);
    }
    response
}

pub(super) fn paint_host(
    ui: &Ui,
    theme: &Theme,
    at: Pos2,
    pictogram: Pictogram,
    color: Color32,
    selected: bool,
    struck: bool,
) {
    let (p, s) = (&theme.palette, &theme.sizes);
    let mut painter = ui.painter().clone();
    if struck {
        painter.set_opacity(0.4);
    }
    let ring = if selected {
        Stroke::new(s.selected_width, p.selected)
    } else {
        Stroke::new(s.outline_width, p.outline)
    };
    painter.circle(at, HOST_RADIUS, color, ring);
    pictogram.paint(&painter, at, HOST_RADIUS * 1.1, p.text);
}

/// The colour of host `i`, the same for its disc and its people.
pub(super) fn host_color(p: &Palette, host: usize) -> Color32 {
    p.pastel(host)
}

/// Federation links between hosts: solid while both ends are up and linked; while building, a
/// faint guide between hosts that could be linked.
pub(super) fn paint_links(ui: &Ui, game: &Game, groups: &[Option<usize>], area: Rect) {
    let (p, _) = tokens(ui.ctx());
    let network = &game.network;
    if game.phase == Phase::Build {
        for a in 0..network.hosts.len() {
            for b in a + 1..network.hosts.len() {
                if !network.linked(a, b) {
                    paint_dashed(
                        ui.painter(),
                        host_spot(area, a),
                        host_spot(area, b),
                        Stroke::new(2.0, p.outline.gamma_multiply(0.5)),
                    );
                }
            }
        }
    }
    for &(a, b) in &network.links {
        let (from, to) = (host_spot(area, a), host_spot(area, b));
        if groups[a].is_some() && groups[b].is_some() {
            ui.painter()
                .line_segment([from, to], Stroke::new(6.0, p.layer_services));
        } else {
            paint_dashed(ui.painter(), from, to, Stroke::new(4.0, p.disabled));
        }
    }
}

/// Where the button that links hosts `a` and `b` sits: half-way, or off the middle for the
/// diagonals (which cross there).
pub(super) fn link_spot(area: Rect, a: usize, b: usize) -> Pos2 {
    let t = if a + b == 3 {
        if a == 0 { 0.35 } else { 0.65 }
    } else {
        0.5
    };
    host_spot(area, a).lerp(host_spot(area, b), t)
}

/// A round button between each pair of hosts, to link or unlink them.
pub(super) fn link_buttons_ui(
    ui: &mut Ui,
    data: &FederationData,
    game: &mut Game,
    area: Rect,
    ctx: &mut ActivityCtx<'_>,
) {
    let (p, s) = tokens(ui.ctx());
    let count = game.network.hosts.len();
    for a in 0..count {
        for b in a + 1..count {
            let at = link_spot(area, a, b);
            let linked = game.network.linked(a, b);
            let name = |host: usize| data.hosts[game.network.hosts[host]].name.get(ctx.lang);
            let label = ctx.tr_args(
                "federation-link",
                &[("name", name(a).into()), ("who", name(b).into())],
            );
            let rect = Rect::from_center_size(at, Vec2::splat(s.touch_target));
            let response = ui.interact(rect, ui.scope_id().with(("link", a, b)), Sense::click());
            response.widget_info(|| WidgetInfo::selected(Role::CheckBox, true, linked, &label));
            let fill = if linked { p.layer_services } else { p.surface };
            ui.painter().circle(
                at,
                rect.width() / 2.0 - 4.0,
                fill,
                Stroke::new(s.outline_width, p.outline),
            );
            let ink = if linked { p.on_primary } else { p.text };
            let icon = if linked {
                Pictogram::Check
            } else {
                Pictogram::Plus
            };
            icon.paint(ui.painter(), at, rect.width() * 0.45, ink);
            focus_ring(ui, &response, rect);
            if response.clicked() && game.network.toggle_link(a, b) {
                ctx.play(Sound::Tap);
            }
        }
    }
}
