"""Who speaks in an analysed text and how it is told: names followed by a verb of saying, the
speaker after a quotation or opening a sentence, the asides before a quotation, and the keys of verbs of
spanning, telling and opening.

Apart because it reads finished analyses (it calls `analyze`): the top of the package.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verifier import thresholds as T
from verifier.normalize.aliases import _verb_forms
from verifier.normalize.analysis import Analysis, analyze
from verifier.normalize.tokens import Token

# Verbs that make the name before them the speaker of what follows ("Xi said
# China is ready ...", "Savett called the move ...", "Biden assured reporters that ...", "Kishida quipped that ...").
SPEECH_VERBS = frozenset("""
said says say told tells called calls call stressed stresses noted notes added adds urged urges recalled recalls
emphasized emphasised emphasizes emphasises underscored underscores reiterated reiterates warned warns described
describes declared declares stated states insisted insists argued argues pointed expressed expresses praised
welcomed hailed announced announces asked asks informed informs explained explains acknowledged acknowledges
remarked conceded replied replies answered answers responded responds
joked quipped assured assures quoted recounted recounts
""".split())


def speaker_keys(analysis: Analysis) -> frozenset[str]:
    """Names the analysed text makes speakers: a name followed, within a few
    words, by a verb of saying."""
    return _speaker_keys_of(analysis.text)


# The double quotation marks, straight and curly, one definition for every module that reads where a quotation
# opens or closes. The single ones stay out: ’ is also the apostrophe ("Biden’s").
QUOTATION_MARKS = "\"“”"


@lru_cache(maxsize=20_000)
def _speaker_keys_of(text: str) -> frozenset[str]:
    analysis = analyze(text)
    speakers = set()
    for entity in analysis.entities:
        following = range(entity.index + 1, min(len(analysis.tokens), entity.index + 1 + T.SPEAKER_VERB_MAX_WORDS))
        verb = next((index for index in following if analysis.tokens[index].surface.lower() in SPEECH_VERBS), None)
        # A quotation mark between the name and the verb closes a quotation the name stands in: it is spoken to
        # or of ("grateful to you, Tamsin," Harris said), not the one speaking. A verb of saying in the passive
        # has its name spoken to or of too ("Herzog was welcomed back", "Xi was told").
        if verb is not None and not _passive(analysis, verb) \
                and not set(QUOTATION_MARKS) & set(text[analysis.tokens[entity.index].end:analysis.tokens[verb].start]):
            speakers.add(entity.key)
    tokens = analysis.tokens
    speakers |= _speakers_after_quotation(analysis)
    opener = _opening_speaker(analysis)
    if opener is not None:
        speakers.add(opener)
    if len(tokens) > 1 and _first_word_may_be_name(tokens) and tokens[1].surface.lower() in SPEECH_VERBS \
            and not text[tokens[0].end:tokens[1].start].strip():
        # "Modi said ...": the sentence's first word, which no analysis calls a name when the lexicon does not
        # know it, is the speaker when the verb of saying follows it directly.
        speakers.add(tokens[0].key)
    return frozenset(speakers)


# The forms of "be" that make the participle after them passive ("was told", "has been praised").
_PASSIVE_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _passive(analysis: Analysis, verb: int) -> bool:
    """Whether the verb of saying at position `verb` is a participle after a form of "be": whoever it names is
    not its speaker."""
    return verb > 0 and analysis.tokens[verb - 1].surface.lower() in _PASSIVE_AUXILIARIES


def _speakers_after_quotation(analysis: Analysis) -> set[str]:
    """The names right after a verb of saying that closes a quotation ("...," said Philippa Marsh; "...," said
    Foreign Minister Wang Yi): the attribution written after the words, titles and all."""
    tokens, text = analysis.tokens, analysis.text
    names = {entity.index: entity.key for entity in analysis.entities}
    found = set()
    for index in range(1, len(tokens) - 1):
        if tokens[index].surface.lower() not in SPEECH_VERBS \
                or not set(QUOTATION_MARKS) & set(text[tokens[index - 1].end:tokens[index].start]):
            continue
        position = index + 1
        while position < len(tokens) and tokens[position].capitalised and not tokens[position].stop:
            if position in names:
                found.add(names[position])
            if position + 1 >= len(tokens) or text[tokens[position].end:tokens[position + 1].start].strip():
                break
            position += 1
    return found


# Participles of saying a sentence's subject speaks through, after a comma ("Okafor, too, dwelt on the risks,
# telling reporters ...", "The minister welcomed the deal, saying ...").
_SAYING_PARTICIPLES = frozenset({"saying", "telling", "adding", "noting", "stressing", "insisting",
                                 "declaring", "arguing", "explaining", "warning"})
# Third-person pronouns, which stand for a person named before: as subjects the sayer a sentence reads through
# them ("he said", rules/speakers), and with the objects any person a sentence names by pronoun (_opening_speaker).
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
_PERSONAL_PRONOUNS = THIRD_PERSON_SUBJECTS | {"him", "her", "them"}


def _opening_speaker(analysis: Analysis) -> str | None:
    """The name that opens the sentence (after its titles), when a participle of saying after a comma has it
    speak: "Okafor, too, dwelt on the risks, telling reporters the allies faced ..." is Okafor's saying."""
    tokens = analysis.tokens
    saying = next((index for index, token in enumerate(tokens) if index
                   and token.surface.lower() in _SAYING_PARTICIPLES
                   and analysis.text[tokens[index - 1].end:token.start].strip() == ","), None)
    if saying is None or not analysis.entities:
        return None
    first = analysis.entities[0]
    if first.kind not in ("person", "name") or first.index >= saying:
        return None
    # "Xi had been upset, he said, ..., adding": a verb of saying, or a person the sentence names by pronoun
    # ("because he did not know", once "he said" is read apart as the attribution), may be the one adding.
    if any(token.surface.lower() in SPEECH_VERBS or token.surface.lower() in _PERSONAL_PRONOUNS
           for token in tokens[first.index + 1:saying]):
        return None
    # Only titles (capitalised) and articles before it: the sentence's subject, not a name inside a phrase.
    if any(not (token.capitalised or token.stop) for token in tokens[:first.index]):
        return None
    return first.key


def _first_word_may_be_name(tokens: list[Token]) -> bool:
    """The sentence's first word may be a name the lexicon does not know ("Modi said", "Yoon, standing
    beside ..."): capitalised, as any first word is, but no stop word."""
    return tokens[0].capitalised and not tokens[0].stop


def sayer_keys(analysis: Analysis) -> frozenset[str]:
    """Who the analysed text says speaks: its speakers (speaker_keys), read past an aside between
    commas before the verb ("Yoon, standing beside Biden, said ...": Yoon, not Biden)."""
    openers, aside = _asides_before_speech(analysis)
    speakers = set(speaker_keys(analysis))
    if aside:
        inside = {entity.key for entity in analysis.entities if entity.index in aside}
        outside = {entity.key for entity in analysis.entities if entity.index not in aside}
        speakers = (speakers - (inside - outside)) | openers
    return frozenset(speakers)


# A verb that only spans the days it runs between ("the visit runs from Friday to Saturday", "talks that ran from
# Sunday through Tuesday"): the days are the point, and a record gives them as dates ("March 23-25").
_SPANNING_VERB = re.compile(r"\b(?P<verb>r(?:un|uns|an|unning)|last(?:s|ed|ing)?|stretch(?:es|ed|ing)?"
                            r"|span(?:s|ned|ning)?)\s+from\s+(?:[\w,.]+\s+){1,4}?(?:to|through|until|till)\b",
                            re.IGNORECASE)


def spanning_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only span the days between "from" and "to" (_SPANNING_VERB), when the text
    uses them nowhere else."""
    starts = {match.start("verb") for match in _SPANNING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


# A verb that only tells that something was said, followed by what was said ("Biden recalled that ...", "they
# stressed that ..."), and a verb that casts a thing as something ("framed the move as a step against ...",
# "billed as the largest ...", "credited Germany with being a leader"): the telling is the article's, and the
# record says the thing itself in its own line ("I was standing on the Senate floor ...", "Germany has been a
# leader"). Verbs that commit, ask, warn or deny are no mere telling: they stay the point.
_TELLING_STEMS = ("recall", "note", "stress", "emphasize", "emphasise", "underscore", "reiterate", "observe",
                  "highlight", "remark", "explain", "insist", "argue", "acknowledge", "state", "add", "declare")
_CASTING_STEMS = ("frame", "describe", "characterize", "characterise", "portray", "present", "bill", "tout",
                  "pitch", "credit", "cast")


def _forms_pattern(stems: tuple[str, ...]) -> str:
    """The verbs' forms as one alternation, the longest first: an article writes the telling in any of them
    ("notes", "noted", "noting")."""
    forms = sorted({form for stem in stems for form in _verb_forms(stem)}, key=len, reverse=True)
    return "|".join(forms)


_TELLING_VERB = re.compile(
    rf"\b(?P<verb>{_forms_pattern(_TELLING_STEMS)})\s+(?:that|how)\b"
    rf"|\b(?P<casting>{_forms_pattern(_CASTING_STEMS)})\s+(?:[\w'’-]+\s+){{0,5}}?(?:as|with)\s", re.IGNORECASE)


def telling_verb_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only tell or cast what follows (_TELLING_VERB), when the text uses them
    nowhere else."""
    starts = {match.start("verb") if match.group("verb") else match.start("casting")
              for match in _TELLING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


# A verb that only places what follows first in an occasion ("Biden opened by offering condolences", "Lindqvist began
# his remarks with a word on ..."): the order is the article's, and the record says the thing itself (a transcript's
# first line). After "by" a participle, after "with" an article: "opened a new trade front with Beijing" is the deed
# itself. Not the verbs of ending: "the meeting ended with a shared understanding" tells how the occasion went,
# which a record of another occasion's end would then contradict.
_OPENING_STEMS = ("open", "begin", "start")
_OPENING_VERB = re.compile(
    rf"\b(?P<verb>{_forms_pattern(_OPENING_STEMS)})\s+"
    rf"(?:(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){{0,{T.OPENING_OBJECT_MODIFIERS}}}?"
    rf"[\w'’-]+\s+)?(?:by\s+\w+ing|with\s+an?)\b", re.IGNORECASE)


def opening_verb_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of the verbs that only place what follows first (_OPENING_VERB), when the text uses them
    nowhere else."""
    starts = {match.start("verb") for match in _OPENING_VERB.finditer(analysis.text)}
    if not starts:
        return frozenset()
    return _keys_only_at(analysis, _positions_starting_at(analysis, starts))


_SPEAKING_PARTICIPLES = frozenset({"speaking", "talking", "addressing", "answering", "responding", "replying",
                                   "writing", "testifying"})


def saying_aside_keys(analysis: Analysis) -> frozenset[str]:
    """The keys of a participle's aside between a speaker and the verb of saying ("Marcos, welcoming her at the
    palace, said ...", "Johnson, laughing, said ..."), when the text uses them nowhere else: what the speaker was
    doing while saying it, not what was said, and the record's sentence of the saying seldom tells it."""
    _, aside = _asides_before_speech(analysis)
    if not aside:
        return frozenset()
    tokens = analysis.tokens
    inside: set[int] = set()
    for position in sorted(aside):
        opening = tokens[position].surface.lower()
        # "Xi, speaking through an interpreter, said": how he spoke is the saying's setting, which a transcript
        # records ("(as interpreted)") and the setting phrases weigh on their own.
        if position - 1 not in aside and opening.endswith("ing") and opening not in _SPEAKING_PARTICIPLES:
            run = position
            while run in aside:
                inside.add(run)
                run += 1
    return _keys_only_at(analysis, inside)


def _positions_starting_at(analysis: Analysis, starts: set[int]) -> set[int]:
    """The positions of the tokens that begin at one of the character offsets `starts`."""
    return {index for index, token in enumerate(analysis.tokens) if token.start in starts}


def _keys_only_at(analysis: Analysis, positions: set[int]) -> frozenset[str]:
    """The content words' keys at `positions` that no other word of the text has."""
    tokens = analysis.tokens
    elsewhere = {token.key for index, token in enumerate(tokens) if index not in positions and not token.stop}
    return frozenset(tokens[index].key for index in positions if not tokens[index].stop) - elsewhere


def _asides_before_speech(analysis: Analysis) -> tuple[set[str], set[int]]:
    """(speakers, aside positions) of the asides set between commas right before a verb of saying: the
    name before the aside is the speaker ("Yoon, standing beside Biden, said ...": Yoon), the names
    inside it are not (Biden, whom the verb follows, only stands beside the speaker)."""
    tokens, text = analysis.tokens, analysis.text
    names = {entity.index: entity.key for entity in analysis.entities}
    speakers: set[str] = set()
    aside: set[int] = set()
    for verb, token in enumerate(tokens):
        if verb < 2 or token.surface.lower() not in SPEECH_VERBS \
                or text[tokens[verb - 1].end:token.start].strip() != ",":
            continue
        for opening in range(verb - 1, max(0, verb - 1 - T.ASIDE_MAX_WORDS), -1):
            gap = text[tokens[opening - 1].end:tokens[opening].start]
            before = opening - 1
            # The name before it: a known one, or the sentence's capitalised first word, which no analysis
            # calls a name ("Yoon, standing beside ...").
            named = names.get(before) or (tokens[0].key if before == 0 and _first_word_may_be_name(tokens) else None)
            if gap.strip() == "," and named and not tokens[opening].capitalised:
                # The aside opens with a small word or a participle, not a name of a list ("Japan, Korea, said").
                speakers.add(named)
                aside.update(range(opening, verb))
                break
            if gap.strip():
                break
    return speakers, aside
