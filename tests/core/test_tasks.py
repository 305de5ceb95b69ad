"""The core's long-work helpers (guiapp.core.tasks)."""


def test_a_countdown_never_says_more_than_it_said_before_less_the_time_gone():
    """1:35 then 1:43 "left at most" (walk 156): a rising estimate is held to the last one said, less the time since;
    a falling one is said as it is."""
    from guiapp.core.tasks import Countdown

    now = [0.0]
    countdown = Countdown(clock=lambda: now[0])
    assert countdown.left(95.0) == 95.0
    now[0] = 10.0
    assert countdown.left(103.0) == 85.0
    assert countdown.left(40.0) == 40.0
    now[0] = 100.0
    assert countdown.left(30.0) == 1.0  # overdue: a second, not nothing or less
