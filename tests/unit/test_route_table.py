"""``adapters.routing.RouteTable``: the first route of the table that matches wins, whichever candidates the
table narrows a path to (by method, "/" count and first segment, ignoring case)."""

from __future__ import annotations

from adapters.routing import Route, RouteTable, parse_request


def _table(*patterns: str) -> RouteTable:
    return RouteTable(Route(pattern, parse=lambda *a: None, reference=f"test {n}", method=method)
                      for n, (method, _, pattern) in enumerate(p.partition(" ") for p in patterns))


def _matched(table: RouteTable, text: str) -> tuple[str, dict[str, str]] | None:
    found = table.match(parse_request(text))
    return None if found is None else (found[0].reference, found[1])


def test_the_first_matching_route_of_the_table_wins():
    table = _table("GET {kind}/{id}", "GET persons/{person}", "GET persons/me", "GET {kind}/me")
    assert _matched(table, "GET /persons/me") == ("test 0", {"kind": "persons", "id": "me"})
    table = _table("GET persons/{person}", "GET {kind}/{id}", "GET persons/me")
    assert _matched(table, "GET /persons/me") == ("test 0", {"person": "me"})
    assert _matched(table, "GET /groups/7") == ("test 1", {"kind": "groups", "id": "7"})


def test_literal_segments_match_ignoring_case_and_placeholders_match_any_first_segment():
    table = _table("GET edu-groups/{group}/persons", "GET {anything}/{group}/marks", "POST edu-groups/{group}/persons")
    assert _matched(table, "GET /EDU-Groups/5/persons") == ("test 0", {"group": "5"})
    assert _matched(table, "GET /schools/5/marks") == ("test 1", {"anything": "schools", "group": "5"})
    assert _matched(table, "POST edu-groups/5/persons") == ("test 2", {"group": "5"})
    assert _matched(table, "GET /schools/5/persons") is None
    assert _matched(table, "DELETE /edu-groups/5/persons") is None
    assert _matched(table, "GET /edu-groups/5") is None


def test_a_request_url_the_parser_refuses_is_an_error_at_the_request_not_an_exception():
    from adapters.routing import parse_request

    error = parse_request("GET http://[abc/v2/marks/1")
    assert error.pointer == "/request" and "Invalid IPv6 URL" in error.message


def test_any_white_space_separates_the_method_from_the_path():
    # found by dnevnik_ru_57: a tab between method and path was read as part of the path ("no endpoint"), while
    # spaces were accepted
    table = _table("GET edu-groups/{group}/persons", "POST edu-groups/{group}/persons")
    assert _matched(table, "GET\t/v2/edu-groups/5/persons".replace("/v2", "")) == ("test 0", {"group": "5"})
    assert _matched(table, "post \t edu-groups/5/persons") == ("test 1", {"group": "5"})


def test_an_empty_request_is_explained_with_the_adapters_own_example():
    # found by elzhur_55: an empty request on the Elzhur adapter was answered with a Dnevnik.ru example
    error = parse_request("  ", example="getdiary?student=70211&days=20251013-20251019")
    assert error.pointer == "/request" and "getdiary?student=70211" in error.message
