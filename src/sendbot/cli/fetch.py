"""`sendbot kb fetch UIN|URL`: download one written answer from the Written Questions API and
draft a knowledge file from it, as `kb build` does from a file.

SENDBOT_WQ_API sets the API's base URL (default the real API), SENDBOT_WQ_TIMEOUT the seconds
to wait for each request. Errors are one line: exit 2 for a malformed argument or setting,
1 when the question cannot be downloaded or drafted.
"""

from __future__ import annotations

import argparse
import json
import sys

from sendbot.cli.common import DRAFT_OUT_HELP, draft_out, served_knowledge
from sendbot.cli.kb import AddCommand
from sendbot.cli.parsing import path_text, text
from sendbot.knowledge.ingest import IngestError
from sendbot.knowledge.wq_api import one_question, question_ref
from sendbot.settings import environment
from sendbot.storage.draft_file import draft_and_save
from sendbot.storage.wq_client import (
    DEFAULT_TIMEOUT,
    FetchError,
    api_base_url,
    fetch_question_json,
)

TIMEOUT_ENV = "SENDBOT_WQ_TIMEOUT"


def _fail(message: str, status: int) -> int:
    print(f"sendbot: {message}", file=sys.stderr)
    return status


def _kb_fetch(args: argparse.Namespace) -> int:
    env = environment()
    out, as_directory = draft_out(args.out)  # before downloading: a bad name is refused at once
    try:
        ref = question_ref(args.question)
    except ValueError as exc:
        return _fail(str(exc), 2)
    try:
        base_url = api_base_url(env)
    except ValueError as exc:
        return _fail(str(exc), 2)
    try:
        timeout = float(env.get(TIMEOUT_ENV, "").strip() or DEFAULT_TIMEOUT)
    except ValueError:
        timeout = -1.0
    if not 0.05 <= timeout <= 600:
        return _fail(f"{TIMEOUT_ENV} must be a number of seconds from 0.05 to 600", 2)
    try:
        raw = fetch_question_json(ref, base_url=base_url, timeout=timeout)
        payload, note = one_question(json.loads(raw), ref)
    except FetchError as exc:
        return _fail(str(exc), 1)
    except (ValueError, IngestError) as exc:  # not JSON, or not the question asked for
        return _fail(f"unexpected reply from {base_url}: {exc}", 1)
    if note:
        print(f"sendbot: {note}", file=sys.stderr)
    text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if args.json:
        print(text, end="")
        return 0
    return draft_and_save(
        text,
        text.encode("utf-8"),
        name=f"{ref.uin}.json",
        shown=ref.uin,
        out=out,
        force=args.force,
        into_directory=as_directory,
        served=served_knowledge(args),
    )


def add_fetch_command(kb_command: AddCommand) -> None:
    """Register `sendbot kb fetch`."""
    fetch = kb_command(
        "fetch",
        "download a written answer from the Written Questions API ($SENDBOT_WQ_API) and draft it",
        _kb_fetch,
    )
    fetch.add_argument(
        "question", metavar="UIN|URL", type=text, help="its UIN (12345, HL7917) or its page URL"
    )
    fetch.add_argument(
        "--out",
        metavar="FILE|DIR",
        type=path_text,
        help=f"{DRAFT_OUT_HELP}; its document goes into sources/ beside it",
    )
    fetch.add_argument("--force", action="store_true", help="overwrite existing files")
    fetch.add_argument("--json", action="store_true", help="print the API's reply, not a draft")
