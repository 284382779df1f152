//! The rules of "All eggs in one basket?", without egui: the village and its conversations,
//! the levels, the budget, the small hosts and their federation links, who can still talk to
//! whom when a server is struck (computed on the graph of hosts), and the score.

use crate::age::AgeBand;

/// What a small host costs, in coins.
pub const HOST_COST: u32 = 3;
/// What a federation link between two hosts costs, in coins.
pub const LINK_COST: u32 = 1;
/// Levels per age band.
pub const LEVELS: usize = 3;

/// One level of the game.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    /// People in the village.
    pub users: usize,
    /// Coins to spend on hosts and links.
    pub budget: u32,
    /// Hosts to set up at least.
    pub min_hosts: usize,
    /// Events that strike the one giant server first.
    pub giant_events: usize,
    /// Events that then strike the visitor's network, one host at a time.
    pub events: usize,
    /// Whether every host must be linked to the others before the events (6-9: the task is
    /// to place three hosts and link them; from 10 the visitor chooses).
    pub must_link: bool,
}

const fn level_of(
    users: usize,
    budget: u32,
    min_hosts: usize,
    giant: usize,
    events: usize,
) -> Level {
    Level {
        users,
        budget,
        min_hosts,
        giant_events: giant,
        events,
        must_link: false,
    }
}

/// A 6-9 level: three hosts to place and link, one event.
const fn linked_level(users: usize) -> Level {
    Level {
        must_link: true,
        ..level_of(users, 12, 3, 1, 1)
    }
}

/// The three levels of `age`. At 6-9: three hosts to place and link, one event. From 10: more
/// people, more events, and a budget that makes the visitor choose between more hosts and
/// more links.
pub const fn levels(age: AgeBand) -> [Level; LEVELS] {
    match age {
        AgeBand::Young => [linked_level(12), linked_level(16), linked_level(20)],
        AgeBand::Middle => [
            level_of(20, 11, 3, 2, 2),
            level_of(24, 14, 4, 2, 3),
            level_of(28, 15, 4, 3, 3),
        ],
        AgeBand::Older => [
            level_of(24, 12, 3, 3, 3),
            level_of(32, 15, 4, 4, 4),
            level_of(40, 17, 4, 4, 4),
        ],
    }
}

/// The most people, kinds of hosts (one host of each kind) and events any level needs: the
/// content must have them.
pub fn hardest() -> (usize, usize, usize) {
    let mut most = (0, 0, 0);
    for age in AgeBand::ALL {
        for level in levels(age) {
            most.0 = most.0.max(level.users);
            most.1 = most.1.max(level.min_hosts);
            most.2 = most.2.max(level.giant_events.max(level.events));
        }
    }
    most
}

/// Who talks with whom in a village of `users`: each person with the next one round the
/// village, and half of them with someone picked at random. Pairs `(a, b)` with `a < b`,
/// without repeats.
pub fn conversations(users: usize, rng: &mut fastrand::Rng) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut add = |a: usize, b: usize| {
        let pair = (a.min(b), a.max(b));
        if a != b && !pairs.contains(&pair) {
            pairs.push(pair);
        }
    };
    for user in 0..users {
        add(user, (user + 1) % users);
    }
    for user in (0..users).step_by(2) {
        add(user, rng.usize(0..users));
    }
    pairs
}

/// The visitor's network of small hosts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Network {
    /// Coins to spend.
    pub budget: u32,
    /// The hosts set up, each a kind (index into the data's host kinds), in the order placed.
    pub hosts: Vec<usize>,
    /// Federation links between hosts (indices into `hosts`, smaller first).
    pub links: Vec<(usize, usize)>,
    /// Each person's host (index into `hosts`), if they have one yet.
    pub home: Vec<Option<usize>>,
}

impl Network {
    /// An empty network for `users` people and `budget` coins.
    pub fn new(users: usize, budget: u32) -> Self {
        Self {
            budget,
            hosts: Vec::new(),
            links: Vec::new(),
            home: vec![None; users],
        }
    }

    /// Coins spent on hosts and links.
    pub fn spent(&self) -> u32 {
        HOST_COST * self.hosts.len() as u32 + LINK_COST * self.links.len() as u32
    }

    /// Coins left.
    pub fn left(&self) -> u32 {
        self.budget.saturating_sub(self.spent())
    }

    /// Sets up a host of `kind` if the budget allows and there is none of that kind yet.
    /// Returns its index.
    pub fn add_host(&mut self, kind: usize) -> Option<usize> {
        if self.left() < HOST_COST || self.hosts.contains(&kind) {
            return None;
        }
        self.hosts.push(kind);
        Some(self.hosts.len() - 1)
    }

    /// Whether hosts `a` and `b` are linked.
    pub fn linked(&self, a: usize, b: usize) -> bool {
        self.links.contains(&(a.min(b), a.max(b)))
    }

    /// Links hosts `a` and `b`, or unlinks them (and gets the coin back). Returns whether
    /// anything changed: a link needs a coin.
    pub fn toggle_link(&mut self, a: usize, b: usize) -> bool {
        let pair = (a.min(b), a.max(b));
        if a == b || b >= self.hosts.len() || a >= self.hosts.len() {
            return false;
        }
        if let Some(at) = self.links.iter().position(|&link| link == pair) {
            self.links.remove(at);
            true
        } else if self.left() >= LINK_COST {
            self.links.push(pair);
            true
        } else {
            false
        }
    }

    /// Moves `user` onto `host`.
    pub fn move_user(&mut self, user: usize, host: usize) {
        if host < self.hosts.len()
            && let Some(home) = self.home.get_mut(user)
        {
            *home = Some(host);
        }
    }

    /// Gives each person without a host one: the host of a friend (from `conversations`) if it
    /// is not fuller than its fair share, else the host with the fewest people so far. Friends
    /// end up together, as they would choose to.
    pub fn share_out(&mut self, conversations: &[(usize, usize)]) {
        if self.hosts.is_empty() {
            return;
        }
        let fair = self.home.len().div_ceil(self.hosts.len());
        for user in 0..self.home.len() {
            if self.home[user].is_some() {
                continue;
            }
            let friend_host = conversations
                .iter()
                .filter_map(|&(a, b)| match (a == user, b == user) {
                    (true, _) => Some(b),
                    (_, true) => Some(a),
                    _ => None,
                })
                .filter_map(|friend| self.home[friend])
                .find(|&host| self.users_on(host) < fair);
            let host = friend_host.unwrap_or_else(|| {
                (0..self.hosts.len())
                    .min_by_key(|&host| self.users_on(host))
                    .unwrap_or(0)
            });
            self.home[user] = Some(host);
        }
    }

    /// How many people are on `host`.
    pub fn users_on(&self, host: usize) -> usize {
        self.home.iter().filter(|&&home| home == Some(host)).count()
    }

    /// Whether the network can face the events: enough hosts, everybody on one, and (if the
    /// level asks) every host linked to the others.
    pub fn is_ready(&self, level: &Level) -> bool {
        self.hosts.len() >= level.min_hosts
            && self.home.iter().all(Option::is_some)
            && (!level.must_link || self.is_connected())
    }

    /// Whether every host can reach every other through links.
    pub fn is_connected(&self) -> bool {
        let groups = self.groups(None);
        groups.windows(2).all(|pair| pair[0] == pair[1])
    }

    /// The group of hosts each host can reach through links while `down` is out: hosts in the
    /// same group share an id; `None` for the host that is down.
    pub fn groups(&self, down: Option<usize>) -> Vec<Option<usize>> {
        let mut group: Vec<Option<usize>> = (0..self.hosts.len())
            .map(|host| (Some(host) != down).then_some(host))
            .collect();
        // Merges groups until nothing changes: the hosts are few.
        let mut changed = true;
        while changed {
            changed = false;
            for &(a, b) in &self.links {
                if let (Some(ga), Some(gb)) = (group[a], group[b])
                    && ga != gb
                {
                    let (keep, drop) = (ga.min(gb), ga.max(gb));
                    for g in &mut group {
                        if *g == Some(drop) {
                            *g = Some(keep);
                        }
                    }
                    changed = true;
                }
            }
        }
        group
    }

    /// Whether `a` and `b` can talk while host `down` is out: both have a host that is up, and
    /// their hosts are the same or linked, directly or through other hosts.
    pub fn can_talk(&self, a: usize, b: usize, down: Option<usize>) -> bool {
        let groups = self.groups(down);
        self.can_talk_in(&groups, a, b)
    }

    /// How many of `user`'s `conversations` still work, given the hosts' `groups` (from
    /// [`Network::groups`], computed once for every person).
    pub fn talks(
        &self,
        conversations: &[(usize, usize)],
        groups: &[Option<usize>],
        user: usize,
    ) -> Talks {
        let mut theirs = conversations
            .iter()
            .filter(|&&(a, b)| a == user || b == user)
            .map(|&(a, b)| self.can_talk_in(groups, a, b));
        let first = theirs.next().unwrap_or(true);
        let (mut all, mut any) = (first, first);
        for works in theirs {
            all &= works;
            any |= works;
        }
        match (all, any) {
            (true, _) => Talks::All,
            (false, true) => Talks::Some,
            (false, false) => Talks::None,
        }
    }

    fn can_talk_in(&self, groups: &[Option<usize>], a: usize, b: usize) -> bool {
        let group = |user: usize| {
            self.home
                .get(user)
                .copied()
                .flatten()
                .and_then(|host| groups[host])
        };
        matches!((group(a), group(b)), (Some(ga), Some(gb)) if ga == gb)
    }

    /// How many of `conversations` still work while host `down` is out.
    pub fn surviving(&self, conversations: &[(usize, usize)], down: Option<usize>) -> usize {
        let groups = self.groups(down);
        conversations
            .iter()
            .filter(|&&(a, b)| self.can_talk_in(&groups, a, b))
            .count()
    }

    /// The most people any one host holds.
    pub fn largest(&self) -> usize {
        (0..self.hosts.len())
            .map(|host| self.users_on(host))
            .max()
            .unwrap_or(0)
    }

    /// The hosts, biggest first (then in the order placed): the order events strike them.
    pub fn by_size(&self) -> Vec<usize> {
        let mut hosts: Vec<usize> = (0..self.hosts.len()).collect();
        hosts.sort_by_key(|&host| std::cmp::Reverse(self.users_on(host)));
        hosts
    }
}

/// How many of a person's conversations still work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Talks {
    /// All of them (or they have none).
    All,
    /// Some of them.
    Some,
    /// None: they are alone.
    None,
}

/// Where the game is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Everybody on one giant server; `seen` events have struck it.
    Giant {
        /// Events shown so far.
        seen: usize,
    },
    /// The visitor sets up small hosts, moves people onto them and links them.
    Build,
    /// Events strike the visitor's network; `seen` have so far.
    Strikes {
        /// Events shown so far.
        seen: usize,
    },
    /// The results and the link to reality.
    Done,
}

/// An event that struck one host of the visitor's network.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strike {
    /// The event (index into the data's events).
    pub event: usize,
    /// The host it struck.
    pub host: usize,
    /// Conversations that still worked.
    pub surviving: usize,
}

/// A game at one level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Game {
    /// The age band.
    pub age: AgeBand,
    /// The level (0 to 2).
    pub level: usize,
    /// Who talks with whom.
    pub conversations: Vec<(usize, usize)>,
    /// The events, in the order they strike (indices into the data's events).
    pub events: Vec<usize>,
    /// The visitor's network.
    pub network: Network,
    /// Where the game is.
    pub phase: Phase,
    /// The events that struck the network so far.
    pub strikes: Vec<Strike>,
}

impl Game {
    /// A new game at `level` for `age`, with `event_count` events in the content.
    pub fn new(age: AgeBand, level: usize, event_count: usize, rng: &mut fastrand::Rng) -> Self {
        let level = level.min(LEVELS - 1);
        let rules = levels(age)[level];
        let mut events: Vec<usize> = (0..event_count).collect();
        rng.shuffle(&mut events);
        Self {
            age,
            level,
            conversations: conversations(rules.users, rng),
            events,
            network: Network::new(rules.users, rules.budget),
            phase: Phase::Giant { seen: 0 },
            strikes: Vec::new(),
        }
    }

    /// The rules of this level.
    pub fn rules(&self) -> Level {
        levels(self.age)[self.level]
    }

    /// The event shown now, if any (index into the data's events).
    pub fn current_event(&self) -> Option<usize> {
        match self.phase {
            Phase::Giant { seen } | Phase::Strikes { seen } if seen > 0 => self
                .events
                .get((seen - 1) % self.events.len().max(1))
                .copied(),
            _ => None,
        }
    }

    /// Goes on: the next event on the giant, then building, then the next event on the
    /// network, then the results. Building only ends once the network is ready.
    pub fn advance(&mut self) {
        let rules = self.rules();
        self.phase = match self.phase {
            Phase::Giant { seen } if seen < rules.giant_events => Phase::Giant { seen: seen + 1 },
            Phase::Build if self.network.is_ready(&rules) => {
                self.strike(0);
                Phase::Strikes { seen: 1 }
            }
            // Building only ends once the network is ready.
            Phase::Giant { .. } | Phase::Build => Phase::Build,
            Phase::Strikes { seen } if seen < rules.events => {
                self.strike(seen);
                Phase::Strikes { seen: seen + 1 }
            }
            Phase::Strikes { .. } | Phase::Done => Phase::Done,
        };
    }

    /// Event `n` strikes the network: the `n`-th biggest host goes out.
    fn strike(&mut self, n: usize) {
        let hosts = self.network.by_size();
        let Some(&host) = hosts.get(n % hosts.len().max(1)) else {
            return;
        };
        let event = self
            .events
            .get(n % self.events.len().max(1))
            .copied()
            .unwrap_or(0);
        let surviving = self.network.surviving(&self.conversations, Some(host));
        self.strikes.push(Strike {
            event,
            host,
            surviving,
        });
    }

    /// The host struck now, if events are striking the network.
    pub fn struck_host(&self) -> Option<usize> {
        match self.phase {
            Phase::Strikes { .. } => self.strikes.last().map(|strike| strike.host),
            _ => None,
        }
    }

    /// The share of conversations that survived the events on the network, on average (0 to
    /// 1). On the giant it is always 0: every event cuts everybody off.
    pub fn average_survival(&self) -> f64 {
        let total = self.conversations.len().max(1) as f64;
        if self.strikes.is_empty() {
            return 0.0;
        }
        let sum: f64 = self
            .strikes
            .iter()
            .map(|strike| strike.surviving as f64 / total)
            .sum();
        sum / self.strikes.len() as f64
    }

    /// The share of the village the biggest host holds (0 to 1).
    pub fn largest_share(&self) -> f64 {
        self.network.largest() as f64 / self.network.home.len().max(1) as f64
    }
}

/// What the current visitor did; wiped at every session reset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visit {
    /// The game, dealt when the activity is first shown.
    pub game: Option<Game>,
    /// The host people are moved onto when tapped.
    pub selected: Option<usize>,
    /// Whether this level's end was reached (and counted).
    pub finished: bool,
}

impl Visit {
    /// Plays `game` from its start: nothing selected, its end not counted yet.
    pub fn start(&mut self, game: Game) {
        *self = Self {
            game: Some(game),
            ..Self::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rng() -> fastrand::Rng {
        fastrand::Rng::with_seed(11)
    }

    #[test]
    fn levels_follow_the_issue_and_get_harder() {
        for level in levels(AgeBand::Young) {
            assert_eq!(
                (level.min_hosts, level.events),
                (3, 1),
                "6-9: 3 hosts, one event"
            );
            assert_eq!(
                level.budget,
                3 * HOST_COST + 3 * LINK_COST,
                "3 hosts, 3 links"
            );
        }
        for age in AgeBand::ALL {
            let all = levels(age);
            for level in all {
                assert!((20..=40).contains(&level.users) || age == AgeBand::Young);
                assert!(
                    level.budget >= level.min_hosts as u32 * HOST_COST,
                    "affordable"
                );
            }
            assert!(all.windows(2).all(|w| w[0].users <= w[1].users));
        }
        assert_eq!(hardest(), (40, 4, 4));
    }

    #[test]
    fn everybody_talks_with_someone_and_no_pair_twice() {
        let pairs = conversations(24, &mut rng());
        for user in 0..24 {
            assert!(pairs.iter().any(|&(a, b)| a == user || b == user));
        }
        let mut sorted = pairs.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), pairs.len());
        assert!(pairs.iter().all(|&(a, b)| a < b));
    }

    #[test]
    fn the_budget_limits_hosts_and_links_and_unlinking_gives_the_coin_back() {
        let mut network = Network::new(6, 10);
        assert_eq!(network.add_host(0), Some(0));
        assert_eq!(network.add_host(0), None, "one host of each kind");
        assert_eq!(network.add_host(1), Some(1));
        assert_eq!(network.add_host(2), Some(2));
        assert_eq!(network.left(), 1);
        assert_eq!(network.add_host(3), None, "too expensive");
        assert!(network.toggle_link(0, 1));
        assert!(!network.toggle_link(1, 2), "no coin left");
        assert!(network.toggle_link(1, 0), "unlinked");
        assert_eq!(network.left(), 1);
        assert!(!network.toggle_link(0, 0));
        assert!(!network.toggle_link(0, 9));
    }

    /// Three hosts A - B   C, two people on each.
    fn small_network() -> (Network, Vec<(usize, usize)>) {
        let mut network = Network::new(6, 20);
        for kind in 0..3 {
            network.add_host(kind);
        }
        for user in 0..6 {
            network.move_user(user, user / 2);
        }
        network.toggle_link(0, 1);
        // 0-1 on A, 2-3 on B, 4-5 on C, 1-2 across A-B, 3-4 across B-C, 0-5 across A-C.
        let talks = vec![(0, 1), (2, 3), (4, 5), (1, 2), (3, 4), (0, 5)];
        (network, talks)
    }

    #[test]
    fn a_young_network_is_ready_only_once_linked() {
        let level = levels(AgeBand::Young)[0];
        let mut network = Network::new(level.users, level.budget);
        for kind in 0..3 {
            network.add_host(kind);
        }
        network.share_out(&[]);
        network.toggle_link(0, 1);
        assert!(!network.is_ready(&level), "the third host is alone");
        network.toggle_link(1, 2);
        assert!(network.is_connected());
        assert!(network.is_ready(&level));
    }

    #[test]
    fn people_talk_across_linked_hosts_only() {
        let (network, talks) = small_network();
        assert!(network.can_talk(1, 2, None), "A and B are linked");
        assert!(!network.can_talk(3, 4, None), "B and C are not");
        assert_eq!(network.surviving(&talks, None), 4);
        // B is down: only those on A together and on C together still talk.
        assert!(!network.can_talk(1, 2, Some(1)));
        assert_eq!(network.surviving(&talks, Some(1)), 2);
    }

    #[test]
    fn each_person_talks_to_all_some_or_none_of_their_friends() {
        let (network, talks) = small_network();
        // B is down: 1 still talks to 0 on A, not to 2 on B; 2 is on B and talks to nobody.
        let groups = network.groups(Some(1));
        assert_eq!(network.talks(&talks, &groups, 1), Talks::Some);
        assert_eq!(network.talks(&talks, &groups, 2), Talks::None);
        let all_up = network.groups(None);
        assert_eq!(
            network.talks(&talks, &all_up, 0),
            Talks::Some,
            "A-C is not linked"
        );
        assert_eq!(network.talks(&talks, &all_up, 1), Talks::All);
    }

    #[test]
    fn a_path_through_another_host_counts_until_that_host_falls() {
        let (mut network, talks) = small_network();
        network.toggle_link(1, 2);
        assert!(network.can_talk(0, 5, None), "A - B - C");
        assert_eq!(network.surviving(&talks, None), 6);
        assert!(!network.can_talk(0, 5, Some(1)), "B carried A to C");
        assert_eq!(network.surviving(&talks, Some(0)), 3);
    }

    #[test]
    fn sharing_out_fills_the_emptiest_hosts_and_makes_the_network_ready() {
        let mut network = Network::new(7, 20);
        let level = level_of(7, 20, 3, 1, 1);
        network.add_host(0);
        network.add_host(1);
        assert!(!network.is_ready(&level));
        network.add_host(2);
        network.move_user(0, 0);
        network.move_user(1, 0);
        network.share_out(&[]);
        assert!(network.is_ready(&level));
        assert_eq!((0..3).map(|h| network.users_on(h)).sum::<usize>(), 7);
        assert_eq!(network.largest(), 3);
        assert_eq!(network.by_size()[0], 0, "the biggest first");
    }

    #[test]
    fn sharing_out_puts_friends_together_within_a_fair_share() {
        let mut network = Network::new(6, 20);
        for kind in 0..2 {
            network.add_host(kind);
        }
        network.move_user(0, 0);
        // 0-1-2 are friends in a row, and so are 3-4-5.
        network.share_out(&[(0, 1), (1, 2), (3, 4), (4, 5)]);
        assert_eq!(network.home, [0, 0, 0, 1, 1, 1].map(Some).to_vec());
        // A full host does not take more friends.
        let mut full = Network::new(4, 20);
        full.add_host(0);
        full.add_host(1);
        full.move_user(0, 0);
        full.share_out(&[(0, 1), (0, 2), (0, 3)]);
        assert_eq!(full.users_on(0), 2);
        assert_eq!(full.users_on(1), 2);
    }

    #[test]
    fn a_game_goes_through_the_giant_the_building_and_the_strikes() {
        let mut game = Game::new(AgeBand::Middle, 0, 4, &mut rng());
        let rules = game.rules();
        assert_eq!(game.current_event(), None);
        for seen in 1..=rules.giant_events {
            game.advance();
            assert_eq!(game.phase, Phase::Giant { seen });
            assert!(game.current_event().is_some());
        }
        game.advance();
        assert_eq!(game.phase, Phase::Build);
        game.advance();
        assert_eq!(game.phase, Phase::Build, "not ready: nobody has a host");
        for kind in 0..3 {
            game.network.add_host(kind);
        }
        game.network.toggle_link(0, 1);
        game.network.toggle_link(1, 2);
        game.network.share_out(&game.conversations.clone());
        game.advance();
        assert_eq!(game.phase, Phase::Strikes { seen: 1 });
        // The first event strikes the biggest host.
        let first = game.strikes[0];
        assert_eq!(first.host, game.network.by_size()[0]);
        assert_eq!(game.struck_host(), Some(first.host));
        assert!(first.surviving > 0, "a federation keeps some conversations");
        assert!(first.surviving < game.conversations.len());
        for _ in 1..rules.events {
            game.advance();
        }
        assert_eq!(game.strikes.len(), rules.events);
        game.advance();
        assert_eq!(game.phase, Phase::Done);
        let survival = game.average_survival();
        assert!(survival > 0.0 && survival < 1.0, "{survival}");
        assert!((game.largest_share() - 7.0 / 20.0).abs() < 1e-9);
    }
}
