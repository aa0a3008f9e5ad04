import pytest

from sendbot.knowledge.errors import KnowledgeError
from sendbot.knowledge.yamltext import MAX_BYTES, decode, load_yaml


def problem_of(text: str) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load_yaml(text, "kb.yaml")
    (problem,) = caught.value.problems
    return str(problem)


def test_values_remember_their_lines() -> None:
    data = load_yaml("a: 1\nb:\n  - x\n  - y: 2\n", "kb.yaml")
    assert data == {"a": 1, "b": ["x", {"y": 2}]}
    assert data.lines == {"a": 1, "b": 2}
    assert data["b"].lines == [3, 4]


def test_dates_stay_text_so_impossible_dates_are_reported_by_field() -> None:
    assert load_yaml("d: 2024-02-30\n", "kb.yaml") == {"d": "2024-02-30"}


def test_duplicate_keys_are_refused_not_overwritten() -> None:
    assert problem_of("id: a\nstatement: x\nid: b\n") == "kb.yaml:3: id: duplicate key"


def test_anchors_and_aliases_are_refused() -> None:
    bomb = 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\n'
    assert problem_of(bomb) == "kb.yaml:1: anchors and aliases (& and *) are not allowed"


def test_deep_nesting_is_refused() -> None:
    assert "nested more than" in problem_of("[" * 50 + "]" * 50)


def test_syntax_errors_have_a_line() -> None:
    assert problem_of("facts:\n  - id: a\n   bad: [\n").startswith("kb.yaml:")


def test_huge_and_non_utf8_input_is_refused() -> None:
    with pytest.raises(KnowledgeError, match="limit"):
        decode(b"a" * (MAX_BYTES + 1), "big.yaml")
    with pytest.raises(KnowledgeError) as caught:
        decode(b"a: 1\nb: \xff\n", "latin.yaml")
    assert str(caught.value) == (
        "latin.yaml:2: not UTF-8 text (byte 0xff, 'ÿ' in Windows-1252): save it as UTF-8"
    )
    for utf16 in ("utf-16-le", "utf-16-be"):  # as Notepad's "Unicode" saves it
        with pytest.raises(KnowledgeError) as caught:
            decode("\ufeffa: 1\n".encode(utf16), "notepad.yaml")
        assert str(caught.value) == "notepad.yaml:1: UTF-16 text, not UTF-8: save it as UTF-8"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive (a Word .docx or Excel .xlsx file is one)"),
    ],
)
def test_a_file_that_is_not_text_is_named_as_what_it_is(data: bytes, kind: str) -> None:
    """A PDF was "not UTF-8 text (byte 0xe2): save it as UTF-8", which no one can do."""
    with pytest.raises(KnowledgeError) as caught:
        decode(data, "upload.yaml")
    assert str(caught.value) == f"upload.yaml: {kind}, not a text file"


@pytest.mark.parametrize("utf16", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_named_too(utf16: str) -> None:
    """Plain English in UTF-16 with no mark decodes as UTF-8 ("a\0:\0 \01\0"), and was
    reported as a YAML error about an unacceptable character #x0000 at position 1."""
    with pytest.raises(KnowledgeError) as caught:
        decode("a: 1\nb: two\n".encode(utf16), "iconv.yaml")
    assert str(caught.value) == "iconv.yaml:1: UTF-16 text, not UTF-8: save it as UTF-8"
    # NULs on both sides of pairs are not UTF-16 text: left to the YAML reader to refuse.
    assert decode(b"a: 1\0\0\0\0\n", "nuls.yaml") == "a: 1\0\0\0\0\n"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "source:\n  id: x\n    title: y\n",
            "kb.yaml:3: YAML syntax error at column 10: mapping values are not allowed in this "
            "context (a "
            "line indented deeper than the key above it, or a value holding ': ' that needs "
            "quotes)",
        ),
        (
            "facts:\n  - id: x\n    title: t\n   quote: q\n",
            "kb.yaml:4: YAML syntax error at column 4: did not find expected '-' indicator (check "
            "this line's indentation against the lines above it)",
        ),
        (
            'facts:\n  - id: x\n    quote: "it said\n    tags: [a]\n',
            "kb.yaml:3: YAML syntax error at column 12: a quoted value that is never closed",
        ),
        (
            "facts:\n  - id: x\n    tags: [a, b\n    as_of: 2024-02-08\n",
            "kb.yaml:3: YAML syntax error at column 11: a [list] that is never closed",
        ),
        (  # libyaml said "found character that cannot start any token", naming none
            "facts:\n  - id: x\n    tags:\n\t- a\n",
            "kb.yaml:4: YAML syntax error at column 1: a tab character (YAML indents with "
            "spaces, not tabs)",
        ),
        (
            "facts:\n  - id: x\r\n    title: `t`\n",
            "kb.yaml:3: YAML syntax error at column 12: found '`', which cannot start a value "
            "(put the value in quotes)",
        ),
    ],
)
def test_syntax_errors_say_where_and_what_to_look_for(text: str, problem: str) -> None:
    assert problem_of(text) == problem


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("facts:\n  - id: a\n  bad", 3),  # no line break at the end
        ("facts:\n  - id: a\n  bad\n", 3),
        ("facts:\n  - id: a\n  bad\n\n  \n", 3),  # blank lines after the slip
        ("a: [1,\n", 1),
    ],
)
def test_a_slip_noticed_at_the_end_of_the_file_names_its_last_line(text: str, line: int) -> None:
    # PyYAML marks the end of the stream a line past the file's last one.
    assert problem_of(text).startswith(f"kb.yaml:{line}: YAML syntax error at the end of the file")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (  # a line break pasted from Word; "£" before it is two bytes, one column
            'facts:\n  - id: x\n    quote: "£5 for\x0bschools"\n',
            "kb.yaml:3: a control character U+000B at column 19, which YAML does not allow: "
            "delete it, or retype the text around it",
        ),
        (
            "a: b\x00\n",
            "kb.yaml:1: a control character U+0000 at column 5, which YAML does not allow: "
            "delete it, or retype the text around it",
        ),
    ],
)
def test_a_character_yaml_refuses_is_named_with_its_line_and_column(
    text: str, problem: str
) -> None:
    """PyYAML said 'unacceptable character #x000b: control characters are not allowed in
    "<unicode string>", position 11134': no line, and an offset in bytes."""
    assert problem_of(text) == problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (  # runs on to the next value's opening quote, two keys down
            'facts:\n  - id: x\n    quote: "it said\n    tags: [a]\n    title: "t"\n',
            "kb.yaml:3: YAML syntax error at column 12: a quoted value that is never closed: it"
            " runs on over the lines below to line 5 (add its closing quote)",
        ),
        (
            "facts:\n  - id: x\n    title: 'the plan\n    quote: q\n  - id: y\n    title: 'z'\n",
            "kb.yaml:3: YAML syntax error at column 12: a quoted value that is never closed: it"
            " runs on over the lines below to line 6 (add its closing quote)",
        ),
    ],
)
def test_a_quoted_value_left_open_is_named_where_it_opens_not_where_it_ran_to(
    text: str, problem: str
) -> None:
    # PyYAML stumbles where the runaway value meets the next quote mark, a line that looks right.
    assert problem_of(text) == problem


def test_a_value_quoted_over_several_lines_is_not_taken_for_a_runaway() -> None:
    text = 'facts:\n  - id: x\n    quote: "it said\n      more"\n    title: t\n   bad: 1\n'
    assert problem_of(text).startswith("kb.yaml:6: YAML syntax error at column 4:")
