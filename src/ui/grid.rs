//! Tiles that fill the screen they are on: the grid of columns and rows that gives the biggest
//! tiles for the room there is, so that a small projector shows every tile without scrolling and
//! a big screen shows big ones.

use eframe::egui::{Align, Layout, Ui, Vec2};

/// Where tiles go: how many columns and rows, and each tile's size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Grid {
    /// Tiles side by side.
    pub columns: usize,
    /// Rows of tiles.
    pub rows: usize,
    /// One tile's size.
    pub tile: Vec2,
}

/// The grid for `count` tiles in `room`, with `gap` between them: the biggest tiles between
/// `min` and `max`, keeping about the shape of `max`. When even `min` tiles cannot all fit, the
/// grid with the most columns of `min`-wide tiles (the rows then scroll).
pub fn fit(count: usize, room: Vec2, gap: f32, min: Vec2, max: Vec2) -> Grid {
    let count = count.max(1);
    let mut best: Option<(f32, Grid)> = None;
    for columns in 1..=count {
        let rows = count.div_ceil(columns);
        let width = (room.x - gap * (columns - 1) as f32) / columns as f32;
        let height = (room.y - gap * (rows - 1) as f32) / rows as f32;
        if width < min.x || height < min.y {
            continue;
        }
        // Keep the tile's shape: as tall as its width allows, and the other way round.
        let scale = (width / max.x).min(height / max.y).min(1.0);
        let tile = Vec2::new(
            (max.x * scale).max(min.x).min(width),
            (max.y * scale).max(min.y).min(height),
        );
        let grid = Grid {
            columns,
            rows,
            tile,
        };
        // Bigger tiles first; then the fewer empty places in the last row.
        let empty = (columns * rows - count) as f32;
        let score = tile.x * tile.y - empty;
        if best.is_none_or(|(best, _)| score > best) {
            best = Some((score, grid));
        }
    }
    best.map_or_else(
        || {
            let columns = (((room.x + gap) / (min.x + gap)).floor() as usize).clamp(1, count);
            Grid {
                columns,
                rows: count.div_ceil(columns),
                tile: min,
            }
        },
        |(_, grid)| grid,
    )
}

/// Lays out `count` cells `width` wide in rows, as many side by side as `ui` has room for,
/// `gap` apart; `cell(ui, i)` fills cell `i`, in a box of its width.
pub fn rows_ui(
    ui: &mut Ui,
    count: usize,
    width: f32,
    gap: f32,
    mut cell: impl FnMut(&mut Ui, usize),
) {
    let columns = (((ui.available_width() + gap) / (width + gap)).floor() as usize).max(1);
    let down = Layout::top_down(Align::Min);
    for start in (0..count).step_by(columns) {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for i in start..(start + columns).min(count) {
                ui.allocate_ui_with_layout(Vec2::new(width, 0.0), down, |ui| {
                    ui.set_width(width);
                    cell(ui, i);
                });
            }
        });
        ui.add_space(gap * 0.5);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: Vec2 = Vec2::new(180.0, 150.0);
    const MAX: Vec2 = Vec2::new(420.0, 360.0);

    fn fits(grid: Grid, room: Vec2, gap: f32) -> bool {
        grid.columns as f32 * grid.tile.x + (grid.columns - 1) as f32 * gap <= room.x + 0.01
            && grid.rows as f32 * grid.tile.y + (grid.rows - 1) as f32 * gap <= room.y + 0.01
    }

    #[test]
    fn eight_tiles_fit_a_small_projector_and_a_big_screen() {
        for room in [
            Vec2::new(912.0, 380.0),
            Vec2::new(976.0, 560.0),
            Vec2::new(1872.0, 880.0),
        ] {
            let grid = fit(8, room, 16.0, MIN, MAX);
            assert!(fits(grid, room, 16.0), "{room:?}: {grid:?}");
            assert!(grid.columns * grid.rows >= 8);
        }
    }

    #[test]
    fn a_big_screen_gets_big_tiles() {
        let small = fit(8, Vec2::new(976.0, 560.0), 16.0, MIN, MAX);
        let big = fit(8, Vec2::new(1872.0, 880.0), 16.0, MIN, MAX);
        assert!(big.tile.x > small.tile.x * 1.5, "{small:?} {big:?}");
        assert_eq!((big.columns, big.rows), (4, 2));
    }

    #[test]
    fn no_room_gives_min_tiles_that_scroll() {
        let grid = fit(8, Vec2::new(400.0, 200.0), 16.0, MIN, MAX);
        assert_eq!(grid.tile, MIN);
        assert_eq!((grid.columns, grid.rows), (2, 4));
    }
}
