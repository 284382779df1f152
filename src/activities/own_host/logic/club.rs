//! The club's little host, for 10 and up: six semesters. Each semester the visitor chooses
//! what the volunteers do with their hours and the club's money, then something happens
//! (every event once a game, in a seeded order), and every school year some trained
//! volunteers graduate and leave.

use super::super::content::HostData;

/// Semesters in a game.
pub const SEMESTERS: usize = 6;
/// Hours a trained volunteer gives a semester.
pub const TRAINED_HOURS: i32 = 10;
/// Hours a newcomer gives a semester (they are learning).
pub const NEWCOMER_HOURS: i32 = 4;
/// What the servers' place at the associative host costs a semester, in euros.
pub const HOSTING_COST: i32 = 40;
/// What a member pays a semester, in euros.
pub const MEMBERSHIP: i32 = 5;
/// A supporting member's gift, in euros.
pub const DONATION: i32 = 100;
/// Trained volunteers who graduate and leave at the end of each school year.
pub const GRADUATES: i32 = 2;
/// Newcomers a workshop or an install party brings.
pub const WORKSHOP_NEWCOMERS: i32 = 3;
/// People a workshop reaches.
pub const WORKSHOP_REACH: u32 = 40;
/// Newcomers one training session makes trained volunteers.
pub const TRAINED_PER_SESSION: i32 = 2;

/// Something the volunteers can do in a semester (each at most once).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Action {
    /// Open service number `n` of the content.
    Open(usize),
    /// A workshop or an install party: newcomers join, people are reached.
    Workshop,
    /// Trained volunteers teach newcomers to run the servers.
    Train,
    /// A copy of everything, kept somewhere else.
    Backup,
    /// The security updates, applied.
    Update,
    /// Make a service better for its users.
    Improve,
}

impl Action {
    /// The actions that are not opening a service, in the order they are shown.
    pub const CARE: [Self; 5] = [
        Self::Workshop,
        Self::Train,
        Self::Backup,
        Self::Update,
        Self::Improve,
    ];

    /// The volunteer hours it takes.
    pub fn hours(self, data: &HostData) -> i32 {
        match self {
            Self::Open(n) => data.services.get(n).map_or(0, |s| s.setup),
            Self::Workshop | Self::Train => 6,
            Self::Backup | Self::Update => 3,
            Self::Improve => 5,
        }
    }

    /// The money it takes, in euros.
    pub fn cost(self, data: &HostData) -> i32 {
        match self {
            Self::Open(n) => data.services.get(n).map_or(0, |s| s.cost),
            Self::Workshop => 10,
            _ => 0,
        }
    }
}

/// Why an action cannot be chosen now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// Not enough volunteer hours left this semester.
    Hours,
    /// Not enough money.
    Money,
    /// Nobody trained to do it (or nobody to train).
    Skills,
    /// The service already runs.
    Running,
    /// No service is open yet (nothing to improve).
    NothingOpen,
}

/// What happens during a semester.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A disk dies.
    DiskDies,
    /// A security flaw is found in a service's software.
    SecurityFlaw,
    /// "Why don't you offer that service too?": service number `n`.
    Request(usize),
    /// "Your service is nice, but Google's is better."
    GoogleBetter,
    /// A success: many new users at once.
    Rush,
    /// A supporting member gives money.
    Donation,
}

/// The visitor's answer to an event that asks for one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Say yes to the request: the service opens.
    Accept,
    /// Send them to another host of the collective.
    Redirect,
    /// Make the service better.
    Improve,
    /// Explain why it matters.
    Explain,
}

/// How an event ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventOutcome {
    /// The disk died; everything came back from the backups.
    Restored,
    /// The disk died without backups: the pads were lost.
    Lost,
    /// The disk died without backups, but nothing ran on it yet.
    NothingYet,
    /// The flaw was patched in time by the updates.
    Patched,
    /// The flaw was not patched: a service had to be taken down and cleaned.
    Breached,
    /// The requested service opened.
    Accepted,
    /// The request went to another host of the collective.
    Redirected,
    /// The service was made better.
    Improved,
    /// The club explained why it matters; some were convinced.
    Explained,
    /// The rush of users was welcome: there were enough trained volunteers.
    Coped,
    /// The rush of users was too much: the services were slow.
    Swamped,
    /// The money came in.
    Donated,
}

/// A service the club runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Running {
    /// Its number in the content.
    pub service: usize,
    /// Its users.
    pub users: u32,
    /// The semester it opened.
    pub since: usize,
}

/// What happened in a semester, for the screens and the report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Semester {
    /// The event.
    pub event: Event,
    /// How it ended (`None` while the visitor has to choose).
    pub outcome: Option<EventOutcome>,
    /// The services needed more hours than the volunteers had.
    pub overloaded: bool,
}

/// What the end of a school year did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearEnd {
    /// Trained volunteers who graduated and left.
    pub left: i32,
    /// Services closed because nobody trained was left to run them.
    pub closed: usize,
}

/// Where the game is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// The visitor chooses the semester's actions.
    Planning,
    /// The semester's event is shown (and may wait for a choice).
    Event,
    /// Six semesters are over: the report.
    Over,
}

/// The club and its little host.
#[derive(Clone, Debug, PartialEq)]
pub struct Club {
    /// The semester under way (0 to [`SEMESTERS`] − 1).
    pub semester: usize,
    /// Where the game is.
    pub phase: Phase,
    /// Volunteers who can run the servers.
    pub trained: i32,
    /// Members still learning.
    pub newcomers: i32,
    /// Euros.
    pub budget: i32,
    /// How happy the users are (0 to 100).
    pub happiness: i32,
    /// The services running.
    pub services: Vec<Running>,
    /// This semester's chosen actions.
    pub plan: Vec<Action>,
    /// People reached by workshops and explanations.
    pub reach: u32,
    /// Requests sent to another host of the collective.
    pub redirected: u32,
    /// Times the club explained why it matters.
    pub explained: u32,
    /// The pads were lost to a dead disk.
    pub pads_lost: bool,
    /// Services closed because nobody trained was left.
    pub closed_for_skills: usize,
    /// Semesters when the services needed more hours than there were.
    pub overloaded: u32,
    /// Every semester so far.
    pub history: Vec<Semester>,
    /// The last school year's end, shown at the next planning.
    pub year_end: Option<YearEnd>,
    /// Hours owed next semester (a promise made during an event).
    owed: i32,
    /// This semester's backups and updates, done before its event.
    backed_up: bool,
    patched: bool,
    /// The events, one a semester.
    events: Vec<Event>,
}

impl Club {
    /// A new club: three trained volunteers and a newcomer, two second-hand servers and a
    /// little money; the events of its six semesters drawn with `rng`.
    pub fn new(data: &HostData, rng: &mut fastrand::Rng) -> Self {
        Self {
            semester: 0,
            phase: Phase::Planning,
            trained: 3,
            newcomers: 1,
            budget: 60,
            happiness: 50,
            services: Vec::new(),
            plan: Vec::new(),
            reach: 0,
            redirected: 0,
            explained: 0,
            pads_lost: false,
            closed_for_skills: 0,
            overloaded: 0,
            history: Vec::new(),
            year_end: None,
            owed: 0,
            backed_up: false,
            patched: false,
            events: deal_events(data, rng),
        }
    }

    /// The volunteer hours this semester, before anything is spent.
    pub fn hours(&self) -> i32 {
        self.trained * TRAINED_HOURS + self.newcomers * NEWCOMER_HOURS - self.owed
    }

    /// The hours the running services need this semester.
    pub fn upkeep(&self, data: &HostData) -> i32 {
        self.services
            .iter()
            .filter_map(|running| data.services.get(running.service))
            .map(|service| service.upkeep)
            .sum()
    }

    /// The hours left for the plan: negative when the services alone need more than there is.
    pub fn free_hours(&self, data: &HostData) -> i32 {
        let planned: i32 = self.plan.iter().map(|action| action.hours(data)).sum();
        self.hours() - self.upkeep(data) - planned
    }

    /// The money left after the plan.
    pub fn free_budget(&self, data: &HostData) -> i32 {
        self.budget
            - self
                .plan
                .iter()
                .map(|action| action.cost(data))
                .sum::<i32>()
    }

    /// Whether service `n` runs.
    pub fn runs(&self, n: usize) -> bool {
        self.services.iter().any(|running| running.service == n)
    }

    /// The users of every service.
    pub fn users(&self) -> u32 {
        self.services.iter().map(|running| running.users).sum()
    }

    /// Whether `action` can be added to the plan now (or why not).
    ///
    /// # Errors
    /// Why it cannot.
    pub fn can(&self, action: Action, data: &HostData) -> Result<(), Why> {
        match action {
            Action::Open(n) if self.runs(n) => return Err(Why::Running),
            Action::Open(_) | Action::Backup | Action::Update | Action::Improve
                if self.trained == 0 =>
            {
                return Err(Why::Skills);
            }
            Action::Train if self.trained == 0 || self.newcomers == 0 => {
                return Err(Why::Skills);
            }
            Action::Improve if self.services.is_empty() => return Err(Why::NothingOpen),
            _ => {}
        }
        if action.hours(data) > self.free_hours(data) {
            Err(Why::Hours)
        } else if action.cost(data) > self.free_budget(data) {
            Err(Why::Money)
        } else {
            Ok(())
        }
    }

    /// Adds `action` to the plan, or takes it out. Returns whether it is in the plan now.
    ///
    /// # Errors
    /// Why it cannot be added.
    pub fn toggle(&mut self, action: Action, data: &HostData) -> Result<bool, Why> {
        if let Some(i) = self.plan.iter().position(|&planned| planned == action) {
            self.plan.remove(i);
            return Ok(false);
        }
        self.can(action, data)?;
        self.plan.push(action);
        Ok(true)
    }

    /// Ends the planning: the actions are done, the money counted, and the semester's event
    /// happens (or waits for the visitor's choice).
    pub fn end_semester(&mut self, data: &HostData) {
        if self.phase != Phase::Planning {
            return;
        }
        let overloaded = self.hours() < self.upkeep(data);
        let plan = std::mem::take(&mut self.plan);
        // The hours promised during the last event were given this semester.
        self.owed = 0;
        for &action in &plan {
            self.budget -= action.cost(data);
            self.act(action, data);
        }
        self.budget += (self.trained + self.newcomers) * MEMBERSHIP - HOSTING_COST;
        if overloaded {
            // Too much to run for too few hands: things break and users wait.
            self.overloaded += 1;
            self.happiness -= 15;
        }
        let event = self.events[self.semester % self.events.len()];
        let mut semester = Semester {
            event,
            outcome: None,
            overloaded,
        };
        semester.outcome = self.happen(event, data);
        self.history.push(semester);
        self.happiness = self.happiness.clamp(0, 100);
        self.phase = Phase::Event;
    }

    /// The visitor's answer to the semester's event, when it asks for one.
    pub fn choose(&mut self, choice: Choice, data: &HostData) {
        let Some(semester) = self.history.last().copied() else {
            return;
        };
        if self.phase != Phase::Event || semester.outcome.is_some() {
            return;
        }
        let outcome = match (semester.event, choice) {
            (Event::Request(n), Choice::Accept) => {
                self.open(n, data);
                EventOutcome::Accepted
            }
            (Event::Request(_), _) => {
                self.redirected += 1;
                self.reach += 10;
                EventOutcome::Redirected
            }
            (Event::GoogleBetter, Choice::Improve) => {
                self.owed = Action::Improve.hours(data);
                self.happiness += 10;
                EventOutcome::Improved
            }
            (Event::GoogleBetter, _) => {
                self.explained += 1;
                self.reach += 20;
                self.happiness += 2;
                EventOutcome::Explained
            }
            _ => return,
        };
        self.happiness = self.happiness.clamp(0, 100);
        if let Some(last) = self.history.last_mut() {
            last.outcome = Some(outcome);
        }
    }

    /// The event is over: the next semester, after the end of the school year when it is one.
    pub fn next(&mut self) {
        let waiting = self.history.last().is_some_and(|s| s.outcome.is_none());
        if self.phase != Phase::Event || waiting {
            return;
        }
        self.backed_up = false;
        self.patched = false;
        if self.semester.is_multiple_of(2) {
            self.year_end = None;
        } else {
            self.year_end = Some(self.graduate());
        }
        self.semester += 1;
        if self.semester == SEMESTERS {
            self.phase = Phase::Over;
        } else {
            self.phase = Phase::Planning;
        }
    }

    /// Whether the game is over.
    pub fn is_over(&self) -> bool {
        self.phase == Phase::Over
    }

    fn act(&mut self, action: Action, data: &HostData) {
        match action {
            Action::Open(n) => self.open(n, data),
            Action::Workshop => {
                self.newcomers += WORKSHOP_NEWCOMERS;
                self.reach += WORKSHOP_REACH;
            }
            Action::Train => {
                let trained = self.newcomers.min(TRAINED_PER_SESSION);
                self.newcomers -= trained;
                self.trained += trained;
            }
            Action::Backup => self.backed_up = true,
            Action::Update => self.patched = true,
            Action::Improve => self.happiness += 10,
        }
    }

    fn open(&mut self, n: usize, data: &HostData) {
        if self.runs(n) {
            return;
        }
        if let Some(service) = data.services.get(n) {
            self.services.push(Running {
                service: n,
                users: service.users,
                since: self.semester,
            });
            self.happiness += 5;
        }
    }

    /// What an event does by itself; `None` when it waits for the visitor's choice.
    fn happen(&mut self, event: Event, data: &HostData) -> Option<EventOutcome> {
        Some(match event {
            Event::DiskDies if self.backed_up => EventOutcome::Restored,
            Event::DiskDies if self.services.is_empty() => EventOutcome::NothingYet,
            Event::DiskDies => {
                // Without a copy, what was on the disk is gone: the pads first.
                if let Some(pad) = data.pad().filter(|&pad| self.runs(pad)) {
                    self.pads_lost = true;
                    if let Some(running) = self.services.iter_mut().find(|r| r.service == pad) {
                        running.users /= 2;
                    }
                }
                self.happiness -= 25;
                EventOutcome::Lost
            }
            Event::SecurityFlaw if self.patched => EventOutcome::Patched,
            Event::SecurityFlaw => {
                self.happiness -= 20;
                EventOutcome::Breached
            }
            Event::Request(_) | Event::GoogleBetter => return None,
            Event::Rush => {
                let boost = self.services.iter_mut().max_by_key(|r| r.users);
                if let Some(running) = boost {
                    running.users += running.users / 2 + 20;
                }
                if self.trained >= 2 {
                    self.happiness += 5;
                    EventOutcome::Coped
                } else {
                    self.happiness -= 10;
                    EventOutcome::Swamped
                }
            }
            Event::Donation => {
                self.budget += DONATION;
                EventOutcome::Donated
            }
        })
    }

    /// The end of a school year: trained volunteers graduate and leave. With nobody trained
    /// left, the services cannot be run and close.
    fn graduate(&mut self) -> YearEnd {
        let left = self.trained.min(GRADUATES);
        self.trained -= left;
        let mut closed = 0;
        if self.trained == 0 {
            closed = self.services.len();
            self.closed_for_skills += closed;
            self.services.clear();
            self.happiness -= 20;
            self.happiness = self.happiness.max(0);
        }
        YearEnd { left, closed }
    }
}

/// One event a semester, each once: a gentle one first (nothing runs yet), the rest in a
/// seeded order. The request asks for a service that the club may not have opened yet.
fn deal_events(data: &HostData, rng: &mut fastrand::Rng) -> Vec<Event> {
    let requested = data.requested().unwrap_or(0);
    let mut later = vec![
        Event::DiskDies,
        Event::SecurityFlaw,
        Event::Request(requested),
        Event::GoogleBetter,
        Event::Rush,
    ];
    rng.shuffle(&mut later);
    let mut events = vec![Event::Donation];
    events.extend(later);
    events
}
