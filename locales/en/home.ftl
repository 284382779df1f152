# The home screen.

home-app-name = Archipel
home-welcome = { $age ->
    [young] Hello! Touch a picture to play.
    [middle] Welcome! Pick an activity.
   *[older] Welcome to Archipel. Pick an activity to start.
}
home-age-young = Ages 6 to 9
home-age-middle = Ages 10 to 13
home-age-older = Ages 14 and up
home-about-tile = Your data
home-about-summary = { $age ->
    [young] Nothing is kept here.
    [middle] What Archipel does (and does not do) with your data.
   *[older] What Archipel does (and does not do) with your data.
}
home-stickers-count = { $count } of { $total }
home-stickers = Stickers: { $count } of { $total }
