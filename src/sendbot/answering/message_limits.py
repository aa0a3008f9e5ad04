"""How long a message may be: a longer one (a story, then the question) is read from its last
question back (`answer`), and one over the longest is not read at all. Pure."""

from __future__ import annotations

# The most of a message that is read. A longer one (a story, then the question) is read from
# its last question back; Discord lets a message hold 2,000 characters (4,000 with Nitro).
MAX_QUESTION_LENGTH = 300
MAX_MESSAGE_LENGTH = 4000


class QuestionTooLong(ValueError):
    """Says which limit was passed: a message over MAX_MESSAGE_LENGTH is never read, a shorter
    one only when a question of MAX_QUESTION_LENGTH or fewer can be found in it."""

    def __init__(self, length: int) -> None:
        super().__init__(too_long_message(length))
        self.length = length


def too_long_message(length: int, over: bool = False) -> str:
    """`over`: only a lower bound of the length is known (the rest was never read)."""
    size = f"{'over ' if over else ''}{length:,} characters long"
    if over or length > MAX_MESSAGE_LENGTH:
        return (
            f"That message is {size}; I read messages of up to {MAX_MESSAGE_LENGTH:,} "
            "characters. Please send just your question."
        )
    return (
        f"That message is {size} and I couldn't find a question of {MAX_QUESTION_LENGTH} "
        "characters or fewer in it; please end it with your question, or keep it to "
        f"{MAX_QUESTION_LENGTH} or fewer."
    )
