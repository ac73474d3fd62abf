"""Audit and replay: the auditor's reads over the ``audit`` projection (``projections.audit``).

* ``query``: filtered pages of events in recorded order, each with who sent it and the vendor record as sent;
* ``history``: one grade's events with what each changed;
* ``as_of``: any view as it stood at a moment, rebuilt from the events recorded up to then;
* ``late``: grade changes recorded after their reporting period had ended.

``hub.replay`` (``hub replay``) reads the log itself, not this index.
"""
