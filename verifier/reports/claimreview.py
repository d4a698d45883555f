"""ClaimReview export: schema.org JSON-LD, the format fact-checkers publish
(https://schema.org/ClaimReview). One ClaimReview per claim, as a JSON array.

Rating scale (docs/report-format.md), worst to best:
    1 = contested   the official record disagrees with the claim as written
    2 = unsourced   the official record does not speak to it
    3 = supported   an official publication states the same thing
`alternateName` carries the verdict in words, which is what search engines
show; the number only orders the verdicts.

The reviewing organisation (`author`) is the newsroom publishing the review:
`org` (and optionally `org_url`) from the caller, else $VERIFIER_ORG and
$VERIFIER_ORG_URL. Each review's `url` is `review_url` + "#claim-N" (the HTML
report's card ids), `review_url` from the caller or $VERIFIER_REVIEW_URL;
without one it is the bare fragment "#claim-N", which JSON-LD resolves against
the page the markup is published in.
"""

from __future__ import annotations

import json
import os
from typing import Any

from verifier.reports import ReportError
from verifier.reports.view import day, safe_url
from verifier.reports.wording import explain_reason, verdict_label

RATING_VALUES = {"contested": 1, "unsourced": 2, "supported": 3}
WORST_RATING = 1
BEST_RATING = 3

# Who a claim's attribution names as its author, as a schema.org Organization.
ATTRIBUTED_AUTHORS = {
    "us-government": "Government of the United States",
    "china-government": "Government of the People's Republic of China",
}


def render_claimreview(report: dict[str, Any], *, org: str | None = None, org_url: str | None = None,
                       review_url: str | None = None, **_ignored: Any) -> str:
    org = (org or os.environ.get("VERIFIER_ORG") or "").strip()
    if not org:
        raise ReportError("ClaimReview needs the reviewing organisation: give --org NAME or set VERIFIER_ORG")
    org_url = org_url or os.environ.get("VERIFIER_ORG_URL") or None
    review_url = review_url or os.environ.get("VERIFIER_REVIEW_URL") or ""
    if review_url and safe_url(review_url) is None:
        raise ReportError(f"review URL {review_url!r} is not an http(s) URL")
    if org_url and safe_url(org_url) is None:
        raise ReportError(f"organisation URL {org_url!r} is not an http(s) URL")
    author: dict[str, Any] = {"@type": "Organization", "name": org}
    if org_url:
        author["url"] = org_url
    check = report.get("check") or {}
    reviewed_on = day(check.get("created_at")) if check.get("created_at") else None
    base = review_url.split("#", 1)[0]
    reviews = [_review(claim, report, author, reviewed_on, base) for claim in report.get("claims") or []]
    text = json.dumps(reviews, indent=2, ensure_ascii=False)
    # Publishers paste this into <script type="application/ld+json">: with
    # < > & as JSON escapes, a claim containing "</script>" cannot end the tag.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def _review(claim: dict[str, Any], report: dict[str, Any], author: dict[str, Any],
            reviewed_on: str | None, base: str) -> dict[str, Any]:
    verdict = str(claim.get("verdict", ""))
    if verdict not in RATING_VALUES:
        raise ReportError(f"claim {claim.get('index')}: unknown verdict {verdict!r} cannot be rated")
    explanation = claim.get("explanation") or ""
    reasons = " ".join(explain_reason(code) for code in claim.get("reasons") or [])
    rating = {
        "@type": "Rating",
        "ratingValue": RATING_VALUES[verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": verdict_label(verdict),
        "ratingExplanation": " ".join(part for part in (explanation, reasons) if part),
    }
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base}#claim-{claim.get('index', 0)}",
        "claimReviewed": claim.get("text", ""),
        "author": author,
        "reviewRating": rating,
        "itemReviewed": _item(claim, report),
    }
    if reviewed_on:
        review["datePublished"] = reviewed_on
    return review


def _item(claim: dict[str, Any], report: dict[str, Any]) -> dict[str, Any]:
    article = report.get("article") or {}
    item: dict[str, Any] = {"@type": "Claim"}
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if safe_url(article.get("url")):
        appearance["url"] = article["url"]
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("published"):
        appearance["datePublished"] = day(article["published"])
    if len(appearance) > 1:
        item["appearance"] = appearance
    author = ATTRIBUTED_AUTHORS.get(claim.get("attribution") or "none")
    if author:
        item["author"] = {"@type": "Organization", "name": author}
    if article.get("published"):
        item["datePublished"] = day(article["published"])
    return item
