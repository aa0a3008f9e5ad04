"""Download one question from the UK Parliament Written Questions API.

An httpx client with a timeout on every request, retries with exponential backoff on 5xx,
429 and connection errors (a Retry-After of a few seconds is honoured), and a User-Agent
naming the project. The base URL is configurable so tests point it at a fake on 127.0.0.1.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from importlib import metadata

import httpx

from sendbot.knowledge.wq_api import QuestionRef

DEFAULT_API = "https://questions-statements-api.parliament.uk"
API_ENV = "SENDBOT_WQ_API"
QUESTIONS_PATH = "/api/writtenquestions/questions"
DEFAULT_TIMEOUT = 15.0  # seconds, for each of connect, read, write
DEFAULT_RETRIES = 3  # after the first attempt
BACKOFF = 0.5  # seconds before the first retry; doubled for each one after
MAX_RETRY_AFTER = 30.0  # a longer Retry-After is not worth waiting for from the command line
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchError(Exception):
    """The question could not be downloaded; the message is one line saying why."""


class QuestionNotFound(FetchError):
    """The API has no question with that UIN (or that UIN and date)."""


def api_base_url(env: Mapping[str, str]) -> str:
    """SENDBOT_WQ_API, or the real API; ValueError when it is not an http(s) URL."""
    base_url = env.get(API_ENV, "").strip() or DEFAULT_API
    if not base_url.startswith(("https://", "http://")):
        raise ValueError(f"{API_ENV} must be an http(s) URL, not {base_url[:80]!r}")
    return base_url


def user_agent() -> str:
    try:
        version = metadata.version("sendbot")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"sendbot/{version} (written answers knowledge base; python-httpx/{httpx.__version__})"


def fetch_question_json(
    ref: QuestionRef,
    *,
    base_url: str = DEFAULT_API,
    timeout: float = DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = BACKOFF,
    sleep: Callable[[float], None] = time.sleep,
) -> bytes:
    """The API's reply for `ref` (with member names), as bytes of JSON.

    Raises QuestionNotFound when the API has no such question, FetchError for anything else
    that is still wrong after the retries.
    """
    params = {"uIN": ref.uin, "expandMember": "true"}
    if ref.tabled:
        params |= {"tabledWhenFrom": ref.tabled.isoformat(), "tabledWhenTo": ref.tabled.isoformat()}
    with httpx.Client(
        base_url=base_url.rstrip("/"),
        timeout=timeout,
        headers={"User-Agent": user_agent(), "Accept": "application/json"},
        follow_redirects=True,
    ) as client:
        for attempt in range(retries + 1):
            last = attempt == retries
            try:
                response = client.get(QUESTIONS_PATH, params=params)
            except httpx.TimeoutException:
                problem = f"no reply from {base_url} within {timeout:g} s"
                delay = None
            except httpx.TransportError as exc:
                problem = f"cannot reach {base_url}: {_one_line(exc) or type(exc).__name__}"
                delay = None
            else:
                if response.status_code == 404:
                    raise QuestionNotFound(f"no written question {ref.uin} (HTTP 404)")
                if response.status_code not in RETRY_STATUSES:
                    return _checked(response, ref)
                problem = f"{base_url} answered HTTP {response.status_code}"
                delay = _retry_after(response)
            if last:
                raise FetchError(f"{problem}, after {retries + 1} attempt(s)")
            sleep(delay if delay is not None else backoff * 2**attempt)
    raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover


def _checked(response: httpx.Response, ref: QuestionRef) -> bytes:
    if response.status_code >= 400:
        raise FetchError(f"the API refused the request: HTTP {response.status_code}")
    try:
        payload = response.json()
    except ValueError:
        raise FetchError("the API's reply is not JSON") from None
    if isinstance(payload, dict) and payload.get("totalResults") == 0:
        on = f" tabled on {ref.tabled.isoformat()}" if ref.tabled else ""
        raise QuestionNotFound(f"no written question with UIN {ref.uin}{on}")
    return response.content


def _retry_after(response: httpx.Response) -> float | None:
    try:
        seconds = float(response.headers.get("Retry-After", ""))
    except ValueError:
        return None
    return seconds if 0 <= seconds <= MAX_RETRY_AFTER else None


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200]
