"""Dnevnik.ru memberships dated by the answers' ``pulled_at`` (``adapters/dnevnik_ru/memberships.py``, §3.8): a
transfer between classes withdraws from the old class and enrols in the new one from the day after the pupil was
last seen in the old one; nothing comes from the hub's clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from adapters.base import TranslationContext
from adapters.registry import all_adapters

A = all_adapters()["dnevnik_ru"]
A8, B8 = "2260325488551770001", "2260325488551770002"
PUPIL = "1000012400004"


class Dir:
    def __init__(self):
        self.entries = {}

    def get(self, kind, vendor_id):
        return self.entries.get((kind, vendor_id))


def group(vid, name):
    return {"id_str": vid, "name": name, "type": "Group", "parentIds": None, "status": "Active", "studyyear": 2025}


def person():
    return {"id_str": PUPIL, "firstName": "Илья", "lastName": "Комаров", "middleName": "Сергеевич"}


def post_edu_groups(pulled_at, *memberships):
    """``POST edu-groups`` with the pupil's membership of each (group, name, status)."""
    return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
            "body": [{"group": group(vid, name), "students": [{"person": person(), "membershipstatus": status}]}
                     for vid, name, status in memberships]}


def persons_of(vid, pulled_at, include_archive="false"):
    return {"request": f"GET /v2/edu-groups/{vid}/persons?includeArchive={include_archive}",
            "pulled_at": pulled_at, "school_id": "sch-1", "body": [person()]}


def translate_in_order(*records, now=datetime(2031, 2, 28, tzinfo=timezone.utc)):
    """Each record's roster events, translated in order with the directory the earlier ones registered."""
    directory, found = Dir(), []
    for record in records:
        ctx = TranslationContext("c", now, school_id="sch-1", timezone="Asia/Kamchatka", directory=directory)
        translation = A.translate(record, ctx)
        assert not translation.errors and not translation.missing, (translation.errors, translation.missing)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
        found.append([(e.type, e.data["class_id"].rsplit(":", 1)[1], e.data.get("enrolled_on")
                       or e.data.get("withdrawn_on")) for e in translation.events if e.type.startswith("student.")])
    return found


DECEMBER = post_edu_groups("2025-12-15T07:00:00+12:00", (A8, "8А", "Active"), (B8, "8Б", "Active"))
TRANSFERRED = post_edu_groups("2026-01-13T19:00:00+12:00", (B8, "8Б", "Archive"), (A8, "8А", "Active"))


def test_a_transfer_ends_the_old_class_and_starts_the_new_the_day_after_the_last_answer_of_the_old():
    december = post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active"))
    events = translate_in_order(december, persons_of(B8, "2025-12-26T19:00:00+12:00"),
                                post_edu_groups("2026-01-13T19:00:00+12:00", (A8, "8А", "Active"),
                                                (B8, "8Б", "Archive")))
    assert events[0] == [("student.enrolled", B8, "2025-09-01")]
    assert events[1] == [("student.enrolled", B8, "2025-09-01")]
    assert events[2] == [("student.withdrawn", B8, "2025-12-27"), ("student.enrolled", A8, "2025-12-27")]


def test_the_hubs_clock_dates_nothing():
    records = (post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), TRANSFERRED)
    assert translate_in_order(*records) == translate_in_order(*records, now=datetime(2032, 1, 1, tzinfo=timezone.utc))


def test_pulled_at_is_read_as_the_schools_day():
    december = post_edu_groups("2025-12-26T20:00:00+00:00", (B8, "8Б", "Active"))  # 08:00 on the 27th in Kamchatka
    assert translate_in_order(december, TRANSFERRED)[1] == [("student.withdrawn", B8, "2025-12-28"),
                                                             ("student.enrolled", A8, "2025-12-28")]


def test_an_archive_membership_never_seen_active_on_a_date_ends_on_the_day_it_is_seen():
    undated = {**post_edu_groups(None, (B8, "8Б", "Active"))}
    del undated["pulled_at"]
    assert translate_in_order(undated, TRANSFERRED)[1] == [("student.withdrawn", B8, "2026-01-13"),
                                                           ("student.enrolled", A8, "2025-09-01")]


def test_a_list_that_includes_archived_members_does_not_enrol_a_withdrawn_pupil_again():
    events = translate_in_order(post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), TRANSFERRED,
                                persons_of(B8, "2026-01-20T19:00:00+12:00", include_archive="true"))
    assert events[2] == []


def test_a_pupil_seen_active_after_the_archive_was_seen_is_enrolled_again_from_the_day_after():
    events = translate_in_order(post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), TRANSFERRED,
                                persons_of(B8, "2026-01-13T20:00:00+12:00"),
                                persons_of(B8, "2026-02-02T19:00:00+12:00"))
    assert events[2] == []
    assert events[3] == [("student.enrolled", B8, "2026-01-14")]


def test_a_pupil_first_seen_in_two_classes_at_once_is_enrolled_in_both_from_the_school_years_start():
    assert translate_in_order(DECEMBER) == [[("student.enrolled", A8, "2025-09-01"),
                                             ("student.enrolled", B8, "2025-09-01")]]


def test_a_schedule_of_a_past_week_is_evidence_up_to_its_last_day():
    schedule = {"request": f"GET /v2/persons/{PUPIL}/groups/{B8}/schedules?startDate=2025-12-15&endDate=2025-12-19",
                "pulled_at": "2026-01-20T19:00:00+12:00", "school_id": "sch-1", "body": {"days": []}}
    events = translate_in_order(post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), schedule,
                                TRANSFERRED)
    assert events[1] == [("student.enrolled", B8, "2025-09-01")]
    assert sorted(events[2]) == [("student.enrolled", A8, "2025-12-20"), ("student.withdrawn", B8, "2025-12-20")]


def test_a_pulled_at_that_is_no_date_is_refused():
    record = post_edu_groups("yesterday", (B8, "8Б", "Active"))
    ctx = TranslationContext("c", datetime(2031, 1, 1, tzinfo=timezone.utc), school_id="sch-1", directory=Dir())
    assert [e.pointer for e in A.translate(record, ctx).errors] == ["/pulled_at"]


A5 = "2260325488551890501"


def last_years_class(pulled_at):
    """``edu-groups/{5А}``: a class of the 2024 school year, archived."""
    return {"request": f"GET /v2/edu-groups/{A5}", "pulled_at": pulled_at, "school_id": "sch-1",
            "body": {**group(A5, "5А"), "status": "Archive", "studyyear": 2024}}


def test_an_archived_class_of_a_past_year_enrols_its_pupils_for_that_school_year():
    pulled = "2026-02-14T10:00:00+12:00"
    events = translate_in_order(last_years_class(pulled), persons_of(A5, pulled, include_archive="true"))
    assert events[1] == [("student.enrolled", A5, "2024-09-01"), ("student.withdrawn", A5, "2025-09-01")]


def test_a_pupils_own_schedule_of_an_archived_class_enrols_him_for_its_school_year():
    pulled = "2026-02-14T10:00:00+12:00"
    schedule = {"request": f"GET /v2/persons/{PUPIL}/groups/{A5}/schedules?startDate=2025-05-12&endDate=2025-05-16",
                "pulled_at": pulled, "school_id": "sch-1", "body": {"days": []}}
    events = translate_in_order(last_years_class(pulled), post_edu_groups(pulled, (B8, "8Б", "Active")), schedule)
    assert events[2] == [("student.enrolled", A5, "2024-09-01"), ("student.withdrawn", A5, "2025-09-01")]


def test_an_archived_class_is_dated_by_its_study_year_not_the_hubs_clock():
    records = (last_years_class("2026-02-14T10:00:00+12:00"), persons_of(A5, None, include_archive="true"))
    assert translate_in_order(*records) == translate_in_order(*records, now=datetime(2032, 1, 1, tzinfo=timezone.utc))


def test_a_pupil_switching_subgroups_joins_the_new_one_the_day_he_left_the_old():
    """Found by dnevnik_ru_8 (no-lesson-014/016/018, no-homework-004): a pupil moved from English group 1 to group 2
    (one answer: group 1 Archive, group 2 Active) was in group 2 from 1 September, and saw its lessons of the weeks
    he was in group 1. A subgroup joined in the answer that ends a sibling subgroup starts the day he left it."""
    def sub(vid, name):
        return {**group(vid, name), "type": "Subgroup", "parentIds_str": [A8]}

    def answer(pulled_at, *members):
        return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
                "body": [{"group": g, "students": [{"person": person(), "membershipstatus": status}]}
                         for g, status in members]}

    klass, g1, g2 = group(A8, "8А"), sub("2260325488551770011", "Англ1"), sub("2260325488551770012", "Англ2")
    start = answer("2026-03-01T19:00:00+12:00", (klass, "Active"), (g1, "Active"))
    daily = answer("2026-03-06T19:00:00+12:00", (g1, "Active"))
    for switch in (answer("2026-03-08T20:00:00+12:00", (g2, "Active"), (g1, "Archive")),
                   answer("2026-03-08T20:00:00+12:00", (g1, "Archive"), (g2, "Active"))):
        events = translate_in_order(start, daily, switch)
        assert sorted(events[2]) == [("student.enrolled", "2260325488551770012", "2026-03-07"),
                                     ("student.withdrawn", "2260325488551770011", "2026-03-07")], events[2]
    crossing = translate_in_order(answer("2026-03-01T19:00:00+12:00", (klass, "Active"), (g1, "Active")),
                                  answer("2026-03-09T19:00:00+12:00", (g2, "Active")))
    assert crossing[1] == [("student.enrolled", "2260325488551770012", "2025-09-01")]  # no sibling left: all year


def test_a_class_seen_by_an_earlier_pull_delivered_later_reads_as_in_pull_order():
    """As for Elzhur (tests/unit/test_elzhur_memberships.py): 8Б seen on 12-10, 8А on 01-13, the 8А answer
    delivered first. In pull order 8А starts on 12-11 (the day after 8Б was last seen); delivered late, the 8Б answer
    re-dates 8А to that day, as of 8А's own pull (the hub holds 8А's start as of it)."""
    early = post_edu_groups("2025-12-10T19:00:00+12:00", (B8, "8Б", "Active"))
    late = post_edu_groups("2026-01-13T19:00:00+12:00", (A8, "8А", "Active"))
    assert translate_in_order(early, late) == [[("student.enrolled", B8, "2025-09-01")],
                                               [("student.enrolled", A8, "2025-12-11")]]
    assert translate_in_order(late, early) == [[("student.enrolled", A8, "2025-09-01")],
                                               [("student.enrolled", A8, "2025-12-11"),
                                                ("student.enrolled", B8, "2025-09-01")]]
    directory = Dir()
    for record in (late, early):
        ctx = TranslationContext("c", datetime(2031, 2, 28, tzinfo=timezone.utc), school_id="sch-1",
                                 timezone="Asia/Kamchatka", directory=directory)
        translation = A.translate(record, ctx)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
    redated = next(e for e in translation.events if e.data["class_id"].endswith(A8))
    assert translation.event_as_of[redated.event_id] == datetime.fromisoformat("2026-01-13T19:00:00+12:00")


def test_post_edu_groups_naming_its_group_by_id_is_read():
    """Found by dnevnik_ru_10 (no-lesson-06..14, no-homework-01/02): ``POST edu-groups`` answering
    ``[{group: <id>, group_str, students: [{person: <id>, membershipstatus}]}]`` (§3.8 gives the shape
    ``{group, students: [{person, membershipstatus}]}`` without the group's type) was rejected whole, so a pupil it
    marked ``Archive`` never left the class. The group named by id is the group the hub knows."""
    by_id = {"request": "POST /v2/edu-groups", "pulled_at": "2026-01-13T19:00:00+12:00", "school_id": "sch-1",
             "body": [{"group": int(B8), "group_str": B8, "students": [
                 {"person": int(PUPIL), "person_str": PUPIL, "membershipstatus": "Archive"}]}]}
    events = translate_in_order(post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), by_id)
    assert events[1] == [("student.withdrawn", B8, "2025-12-16")]


def test_a_parked_answer_records_no_membership_so_its_redrive_withdraws():
    """Found by dnevnik_ru_10: a ``POST edu-groups`` marking one pupil ``Archive`` and naming another the hub does
    not know yet is parked; it recorded the end of the first membership anyway, so its re-drive, finding it ended,
    emitted no ``student.withdrawn``. A parked answer records no membership."""
    newcomer = "1000012400009"
    answer = post_edu_groups("2026-01-13T19:00:00+12:00", (B8, "8Б", "Archive"))
    answer["body"][0]["students"].append({"person": int(newcomer), "person_str": newcomer,
                                          "membershipstatus": "Active"})
    directory = Dir()
    ctx = TranslationContext("c", datetime(2031, 2, 28, tzinfo=timezone.utc), school_id="sch-1",
                             timezone="Asia/Kamchatka", directory=directory)
    first = A.translate(post_edu_groups("2025-12-15T07:00:00+12:00", (B8, "8Б", "Active")), ctx)
    directory.entries.update({(k, str(v)): dict(d) for k, v, d in first.directory_entries})
    parked = A.translate(answer, ctx)
    assert parked.missing and not [e for e in parked.directory_entries if e[0] == "memberships"]
    directory.entries.update({(k, str(v)): dict(d) for k, v, d in parked.directory_entries})
    directory.entries[("person", newcomer)] = {"first_name": "Ника", "last_name": "Орлова", "pupil": True}
    redriven = A.translate(answer, ctx)
    assert [(e.type, e.data["student_id"].rsplit(":", 1)[1]) for e in redriven.events
            if e.type == "student.withdrawn"] == [("student.withdrawn", PUPIL)]


def test_a_pupil_missing_from_an_earlier_complete_list_joined_after_it():
    """Found by dnevnik_ru_10 (no-lesson-01..05): a pupil who joined on 05-20, absent from the class's member lists
    pulled on 05-11 and 05-19, was enrolled from 1 September. He joined the day after the last list that lacked him;
    a pupil listed from the first list on is the class's from 1 September."""
    newcomer = "1000012400009"

    def persons(pulled_at, *people, archive="true"):
        return {"request": f"GET /v2/edu-groups/{B8}/persons?includeArchive={archive}", "pulled_at": pulled_at,
                "school_id": "sch-1", "body": [{**person(), "id_str": pid, "firstName": pid[-2:]} for pid in people]}

    events = translate_in_order(post_edu_groups("2026-05-11T07:30:00+12:00", (B8, "8Б", "Active")),
                                persons("2026-05-19T19:00:00+12:00", PUPIL),
                                persons("2026-05-20T07:30:00+12:00", PUPIL, newcomer, archive="false"))
    assert events[0] == [("student.enrolled", B8, "2025-09-01")]
    assert ("student.enrolled", B8, "2026-05-20") in events[2]  # the newcomer, the day after the 05-19 list


def test_a_subgroup_archived_during_its_own_school_year_ends_its_memberships_still_active():
    """Found by dnevnik_ru_19 (no-lesson-014/021, no-homework-015/023): a subgroup given ``status: Archive`` by
    the roster of 03-08 while its members stay ``membershipstatus: Active`` was read as a finished school year's
    class (its members enrolled until 1 September), so its planned lessons after 03-08 stayed theirs. Archived
    during its own study year, it has ended: its memberships end the day after the last answer that showed it
    active; a pupil the hub never saw in it is in it until the answer's day."""
    choir = {**group("2260325488551770061", "Хор"), "type": "Subgroup", "parentIds_str": [A8]}

    def answer(pulled_at, status):
        return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
                "body": [{"group": {**choir, "status": status},
                          "students": [{"person": person(), "membershipstatus": "Active"}]}]}

    events = translate_in_order(answer("2026-03-01T19:00:00+12:00", "Active"),
                                answer("2026-03-06T19:00:00+12:00", "Active"),
                                answer("2026-03-08T20:00:00+12:00", "Archive"))
    assert events[2] == [("student.withdrawn", "2260325488551770061", "2026-03-07")], events[2]
    first_seen_archived = translate_in_order(answer("2026-03-08T20:00:00+12:00", "Archive"))
    assert first_seen_archived[0] == [("student.enrolled", "2260325488551770061", "2025-09-01"),
                                      ("student.withdrawn", "2260325488551770061", "2026-03-08")]



# --- a roster pulled before an Archive one, delivered after it (dnevnik_ru_29) -----------------------------------

def stays_of(*records, student=None):
    """Each group's stays (first and last day of each, to the end of 2025) after ``records`` translated in that
    order, as the roster projection replays the events the hub appends (``projections.roster_stays``; an event
    equal to its aggregate's latest revision is a duplicate the hub does not append); ``student``: that person's
    only (the records name one pupil otherwise)."""
    from projections.roster_stays import in_class, replay
    directory, steps, latest = Dir(), {}, {}
    for record in records:
        ctx = TranslationContext("c", datetime(2031, 2, 28, tzinfo=timezone.utc), school_id="sch-1",
                                 timezone="Asia/Kamchatka", directory=directory)
        translation = A.translate(record, ctx)
        assert not translation.errors and not translation.missing, (translation.errors, translation.missing)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
        for e in translation.events:
            if e.type in ("student.enrolled", "student.withdrawn") and (
                    student is None or e.data["student_id"].endswith(f":{student}")):
                vid = e.data["class_id"].rsplit(":", 1)[1]
                step = (e.type.split(".")[1], date.fromisoformat(e.data.get("enrolled_on") or e.data["withdrawn_on"]))
                if latest.get(vid) != step:
                    steps.setdefault(vid, []).append((*step, None))
                latest[vid] = step
    found = {}
    for vid, its_steps in steps.items():
        (start, end, _), gaps = replay((None, None, None), its_steps)
        days = [date(2025, 9, 1) + timedelta(days=n) for n in range(122)]
        runs = []
        for day in days:
            if in_class(start, end, gaps, day):
                if runs and runs[-1][1] == (day - timedelta(days=1)).isoformat():
                    runs[-1][1] = day.isoformat()
                else:
                    runs.append([day.isoformat(), day.isoformat()])
        found[vid] = [tuple(run) for run in runs]
    return found


SUNDAY_BEFORE = post_edu_groups("2025-09-28T19:00:00+12:00", (A8, "8А", "Active"))
MOVED = post_edu_groups("2025-10-05T19:00:00+12:00", (A8, "8А", "Archive"), (B8, "8Б", "Active"))
SATURDAY = post_edu_groups("2025-10-04T19:00:00+12:00", (A8, "8А", "Active"))  # delivered after MOVED


def test_a_roster_pulled_before_the_archive_one_and_delivered_after_it_moves_the_end_and_the_transfer():
    """Found by dnevnik_ru_29 (lesson-001..004, no-lesson-001..005): the Sunday roster shows the pupil Archive in
    8А and Active in 8Б, Saturday's (still 8А) is delivered after it. 8А ended on the day after the last roster
    that had ARRIVED showing him there (the Sunday before), and 8Б began that day: a week early. As in pull order,
    Saturday's roster moves 8А's end to the day after it and 8Б's start with it, as of the pulls the hub holds them
    as of (8А's end as of the Archive roster's, 8Б's start as of the roster that saw him there)."""
    events = translate_in_order(SUNDAY_BEFORE, MOVED, SATURDAY)
    assert events[1] == [("student.withdrawn", A8, "2025-09-29"), ("student.enrolled", B8, "2025-09-29")]
    assert sorted(events[2]) == [("student.enrolled", B8, "2025-10-05"), ("student.withdrawn", A8, "2025-10-05")]
    in_pull_order = stays_of(SUNDAY_BEFORE, SATURDAY, MOVED)
    assert in_pull_order == {A8: [("2025-09-01", "2025-10-04")], B8: [("2025-10-05", "2025-12-31")]}
    assert stays_of(SUNDAY_BEFORE, MOVED, SATURDAY) == in_pull_order
    directory = Dir()
    for record in (SUNDAY_BEFORE, MOVED, SATURDAY):
        ctx = TranslationContext("c", datetime(2031, 2, 28, tzinfo=timezone.utc), school_id="sch-1",
                                 timezone="Asia/Kamchatka", directory=directory)
        translation = A.translate(record, ctx)
        directory.entries.update({(k, str(v)): dict(d) for k, v, d in translation.directory_entries})
    as_of = {e.data["class_id"].rsplit(":", 1)[1]: translation.event_as_of.get(e.event_id)
             for e in translation.events if e.type.startswith("student.")}
    assert as_of == {A8: datetime.fromisoformat(MOVED["pulled_at"]), B8: datetime.fromisoformat(MOVED["pulled_at"])}


def test_a_subgroup_archived_mid_year_ends_after_a_roster_pulled_before_it_and_delivered_after_it():
    """The same rule for a group with ``status: Archive`` in its own year (every membership ends the day after the
    last answer that showed the group active): a roster pulled before the Archive one moves the end."""
    choir = {**group("2260325488551770061", "Хор"), "type": "Subgroup", "parentIds_str": [A8]}

    def answer(pulled_at, status):
        return {"request": "POST /v2/edu-groups", "pulled_at": pulled_at, "school_id": "sch-1",
                "body": [{"group": {**choir, "status": status},
                          "students": [{"person": person(), "membershipstatus": "Active"}]}]}

    first, archived, late = (answer("2025-10-01T19:00:00+12:00", "Active"), answer("2025-10-12T20:00:00+12:00",
                             "Archive"), answer("2025-10-10T19:00:00+12:00", "Active"))
    events = translate_in_order(first, archived, late)
    assert events[1] == [("student.withdrawn", choir["id_str"], "2025-10-02")]
    assert events[2] == [("student.withdrawn", choir["id_str"], "2025-10-11")]
    assert stays_of(first, archived, late) == stays_of(first, late, archived) == {
        choir["id_str"]: [("2025-09-01", "2025-10-10")]}


BACK = post_edu_groups("2025-11-09T19:00:00+12:00", (B8, "8Б", "Archive"), (A8, "8А", "Active"))
STILL_OUT = post_edu_groups("2025-11-08T19:00:00+12:00", (A8, "8А", "Archive"), (B8, "8Б", "Active"))  # late


def test_a_return_and_a_transfer_read_as_in_pull_order_when_the_return_arrives_after_the_move():
    """Found by dnevnik_ru_29 (lesson-005..008): to 8Б on 10-05 and back to 8А on 11-09, each move's Saturday
    roster delivered after its Sunday one. 8Б ended the day after the last roster that had arrived showing him
    there (10-05) and 8А re-opened that day; as in pull order, 8Б ends and 8А's new stay begins the day after the
    late Saturday roster (a return is re-dated: its first stay and the days out between are kept). Not covered:
    the return arriving before the rosters of the move (the directory keeps only a membership's last days seen
    active and ended, and the projection cannot shorten days out it already holds)."""
    in_pull_order = stays_of(SUNDAY_BEFORE, SATURDAY, MOVED, STILL_OUT, BACK)
    assert in_pull_order == {A8: [("2025-09-01", "2025-10-04"), ("2025-11-09", "2025-12-31")],
                             B8: [("2025-10-05", "2025-11-08")]}
    for late in ((SUNDAY_BEFORE, MOVED, SATURDAY, BACK, STILL_OUT), (SUNDAY_BEFORE, SATURDAY, MOVED, BACK, STILL_OUT),
                 (SUNDAY_BEFORE, MOVED, SATURDAY, STILL_OUT, BACK), (SUNDAY_BEFORE, MOVED, STILL_OUT, SATURDAY, BACK)):
        assert stays_of(*late) == in_pull_order, late
