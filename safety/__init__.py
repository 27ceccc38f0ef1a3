"""Safety layer: spots emergencies, urgent-advice and disaster situations in any channel's text (pure, fast).

Entry points live in :mod:`safety.assess` (``assess``, ``assess_checkin_answer``, ``warm_up``); the decision
and the message every channel renders are in :mod:`safety.models`; numbers, hours and texts a city edits are in
``safety/data/safety.yaml``.
"""
