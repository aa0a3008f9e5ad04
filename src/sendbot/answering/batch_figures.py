"""Whether a measure's figures are additions ("a further 76 approved"), not a running total.

A count the source gives as added to others says how many came on top of an earlier number.
Two such figures on one line chart would read as a rise from one to the other (33 approved,
then "a further 76": not approvals rising from 33 to 76), so a trend of additions is drawn as
points, unjoined, and says so in words.
"""

from __future__ import annotations

import re

# A figure's label saying it comes on top of others: "further special free schools approved",
# "additional places", "another 15 schools", "extra EHC plans".
_ADDED_TO_OTHERS = re.compile(r"^(?:an? )?(?:further|additional|extra|another)\b")

BATCHES_NOTE = "not a running total"


def is_batch_label(label: str) -> bool:
    """Whether a figure's label names a batch added to others, not how many in all."""
    return _ADDED_TO_OTHERS.search(label.strip().lower()) is not None
