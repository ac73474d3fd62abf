"""The event log: the port (``port``), its engines (``embedded``, ``kafka``) and ``open_log`` to pick one."""

from hub.log.factory import open_log

__all__ = ["open_log"]
