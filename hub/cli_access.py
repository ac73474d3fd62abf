"""``hub clients`` (the vendor API clients: create, list, revoke) and ``hub tokens issue`` (a reader JWT)."""

from __future__ import annotations

import argparse
import sys

from hub.auth.readers import Role
from hub.config import Settings
from hub.obs import Ev, log


def register(sub: argparse._SubParsersAction) -> None:
    clients = sub.add_parser("clients", help="vendor API clients").add_subparsers(dest="action", required=True)
    create = clients.add_parser("create", help="register a client; prints its token once")
    create.add_argument("--adapter", required=True)
    create.add_argument("--schools", required=True, help="comma-separated school ids the client may write for")
    create.add_argument("--description")
    create.set_defaults(run=_clients_create)
    clients.add_parser("list", help="list clients (never their tokens)").set_defaults(run=_clients_list)
    revoke = clients.add_parser("revoke", help="revoke a client's token")
    revoke.add_argument("client_id")
    revoke.set_defaults(run=_clients_revoke)

    tokens = sub.add_parser("tokens", help="reader tokens").add_subparsers(dest="action", required=True)
    issue = tokens.add_parser("issue", help="print a reader JWT (for testing and demos)")
    issue.add_argument("--sub", required=True, help="the person id")
    issue.add_argument("--role", required=True, choices=[r.value for r in Role])
    issue.add_argument("--school", help="required for teacher roles; limits an auditor to that school")
    issue.add_argument("--ttl", type=int, default=30 * 24 * 3600, help="seconds (default 30 days)")
    issue.set_defaults(run=_tokens_issue)


def _clients_create(args: argparse.Namespace, settings: Settings) -> int:
    from adapters.registry import all_adapters
    from hub.bootstrap import build_hub

    if args.adapter not in all_adapters():
        print(f"hub: unknown adapter {args.adapter!r}; known: {', '.join(sorted(all_adapters()))}", file=sys.stderr)
        return 2
    schools = [s.strip() for s in args.schools.split(",") if s.strip()]
    if not schools:
        print("hub: --schools needs at least one school id", file=sys.stderr)
        return 2
    try:
        client, token = build_hub(settings).clients.create(args.adapter, schools, args.description)
    except ValueError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    log(Ev.CLIENT_CREATED, client_id=client.client_id, adapter=client.adapter, count=len(schools))
    print(f"client_id: {client.client_id}\nadapter:   {client.adapter}\nschools:   {','.join(sorted(client.schools))}")
    print(f"token:     {token}\n(shown once; only its hash is stored)")
    return 0


def _clients_list(_args: argparse.Namespace, settings: Settings) -> int:
    from hub.bootstrap import build_hub

    for row in build_hub(settings).clients.list():
        state = "revoked" if row["revoked_at_ms"] else "active"
        print(f"{row['client_id']}  {row['adapter']:<12} {state:<8} schools={row['schools']}  {row['description'] or ''}")
    return 0


def _clients_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from hub.bootstrap import build_hub

    if not build_hub(settings).clients.revoke(args.client_id):
        print(f"hub: no client {args.client_id!r}", file=sys.stderr)
        return 1
    print(f"revoked {args.client_id}")
    return 0


def _tokens_issue(args: argparse.Namespace, settings: Settings) -> int:
    from hub.auth.readers import TokenService

    try:
        print(TokenService(settings).issue(args.sub, Role(args.role), args.school, args.ttl))
    except ValueError as exc:
        print(f"hub: {exc}", file=sys.stderr)
        return 2
    return 0
