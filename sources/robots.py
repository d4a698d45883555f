"""robots.txt rules as RFC 9309 defines them, including the `*` and `$`
wildcards that the standard library's robotparser does not understand
(whitehouse.gov disallows `/*?s=`).

Only the matching of rules lives here; fetching robots.txt and the policy
for an unreadable one belong to the HTTP client (`sources/http.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit


@dataclass(frozen=True, slots=True)
class _Rule:
    allow: bool
    path: str
    pattern: re.Pattern[str]


@dataclass(slots=True)
class _Group:
    agents: list[str] = field(default_factory=list)
    rules: list[_Rule] = field(default_factory=list)
    crawl_delay: float | None = None


@dataclass(slots=True)
class RobotsRules:
    """The rules of one robots.txt, for asking about one user agent."""

    groups: list[_Group] = field(default_factory=list)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        return cls()

    @classmethod
    def disallow_all(cls) -> RobotsRules:
        group = _Group(agents=["*"], rules=[_rule(False, "/")])
        return cls([group])

    @classmethod
    def parse(cls, text: str) -> RobotsRules:
        groups: list[_Group] = []
        current: _Group | None = None
        last_was_agent = False
        for raw_line in text.splitlines():
            line = raw_line.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                # Consecutive user-agent lines share one group (RFC 9309 §2.1).
                if current is None or not last_was_agent:
                    current = _Group()
                    groups.append(current)
                current.agents.append(value.lower())
                last_was_agent = True
                continue
            last_was_agent = False
            if current is None:
                continue
            if key in ("allow", "disallow"):
                if value:  # an empty Disallow allows everything
                    current.rules.append(_rule(key == "allow", value))
            elif key == "crawl-delay":
                try:
                    current.crawl_delay = max(0.0, float(value))
                except ValueError:
                    pass
        return cls(groups)

    def _group_for(self, user_agent: str) -> _Group | None:
        # The product token is the first word of the User-Agent, e.g. "verifier".
        token = user_agent.split("/", 1)[0].split()[0].lower() if user_agent.strip() else "*"
        specific = [g for g in self.groups if any(a != "*" and a in token for a in g.agents)]
        if specific:
            merged = _Group(agents=[token])
            for group in specific:
                merged.rules.extend(group.rules)
                merged.crawl_delay = group.crawl_delay if group.crawl_delay is not None else merged.crawl_delay
            return merged
        wildcard = [g for g in self.groups if "*" in g.agents]
        if not wildcard:
            return None
        merged = _Group(agents=["*"])
        for group in wildcard:
            merged.rules.extend(group.rules)
            merged.crawl_delay = group.crawl_delay if group.crawl_delay is not None else merged.crawl_delay
        return merged

    def allowed(self, url: str, user_agent: str) -> bool:
        group = self._group_for(user_agent)
        if group is None:
            return True
        parts = urlsplit(url)
        target = _normalise_path(parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if target == "/robots.txt":
            return True
        best: _Rule | None = None
        for rule in group.rules:
            if rule.pattern.match(target):
                # The longest match wins; on a tie, allow wins (RFC 9309 §2.2.2).
                if best is None or len(rule.path) > len(best.path) or (
                        len(rule.path) == len(best.path) and rule.allow and not best.allow):
                    best = rule
        return best is None or best.allow

    def crawl_delay(self, user_agent: str) -> float | None:
        group = self._group_for(user_agent)
        return group.crawl_delay if group else None


def _normalise_path(path: str) -> str:
    return quote(unquote(path), safe="/%*$?=&;:@+,!~'()")


def _rule(allow: bool, path: str) -> _Rule:
    path = _normalise_path(path)
    anchored = path.endswith("$")
    body = path[:-1] if anchored else path
    expression = ".*".join(re.escape(piece) for piece in body.split("*"))
    return _Rule(allow, path, re.compile(expression + ("$" if anchored else "")))
