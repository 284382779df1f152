//! The end of the club's six semesters: a report card in the spirit of the article's own
//! figures, and how the club did on the three hard things of a small host.

use super::super::content::HostData;
use super::club::Club;

/// Messages a chat user posts a day, on average (a round figure for a school's chat).
pub const MESSAGES_PER_CHAT_USER: u32 = 2;
/// Pads a pad user starts a semester, on average.
pub const PADS_PER_USER_SEMESTER: u32 = 2;

/// One of the three hard things of a small host, and how the club did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hard {
    /// Keeping the skills when students leave every year.
    Skills,
    /// Saying no to what would endanger what already works.
    SayingNo,
    /// Convincing people that it is worth it.
    Convincing,
}

impl Hard {
    /// The three, in the order shown.
    pub const ALL: [Self; 3] = [Self::Skills, Self::SayingNo, Self::Convincing];
}

/// The report card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Messages a day on the chat.
    pub messages_a_day: u32,
    /// Pads written.
    pub pads: u32,
    /// People reached: users and those met at workshops.
    pub people: u32,
    /// Members at the end.
    pub members: i32,
    /// Services still running.
    pub services: usize,
    /// How the club did on each hard thing (`true`: well).
    pub hard: [(Hard, bool); 3],
}

impl Report {
    /// The report of `club` at the end of its semesters.
    pub fn of(club: &Club, data: &HostData) -> Self {
        let users_of = |n: Option<usize>| {
            n.and_then(|n| club.services.iter().find(|r| r.service == n))
                .map_or(0, |r| r.users)
        };
        let chat = users_of(data.chat());
        let pad = data
            .pad()
            .and_then(|n| club.services.iter().find(|r| r.service == n));
        let pads = pad.map_or(0, |running| {
            let semesters = (club.semester.saturating_sub(running.since)).max(1) as u32;
            let written = running.users * PADS_PER_USER_SEMESTER * semesters;
            if club.pads_lost { written / 3 } else { written }
        });
        let skills = club.trained >= 1 && club.closed_for_skills == 0;
        let saying_no = club.overloaded == 0;
        let convincing = club.explained > 0 || club.happiness >= 60;
        Self {
            messages_a_day: chat * MESSAGES_PER_CHAT_USER,
            pads,
            people: club.users() + club.reach,
            members: club.trained + club.newcomers,
            services: club.services.len(),
            hard: [
                (Hard::Skills, skills),
                (Hard::SayingNo, saying_no),
                (Hard::Convincing, convincing),
            ],
        }
    }
}
