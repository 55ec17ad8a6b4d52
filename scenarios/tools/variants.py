#!/usr/bin/env python3
"""Writes the variant files of a shipped case (Aleppo 2016, Ghouta 2018) from its base file, so
that every variant shares the base's populations, corridors, sources and assumptions and differs
only in its header and in which explanations (blocking policies and events) it keeps. Facts that
are not explanations (Ghouta's 'siege-lines': only al-Wafideen open until the front line moved)
are kept in every variant.
Run from the repository root: python3 scenarios/tools/variants.py [aleppo|ghouta]  (both without
an argument). AleppoVariantsTest and GhoutaVariantsTest check that the files agree with the bases."""
import re
import sys
from pathlib import Path
from typing import NamedTuple


class Case(NamedTuple):
    base: str           # the base file's id, also its file name in scenarios/
    heading: str        # the first comment line of each variant, before ", <title>"
    always: list        # policy ids kept in every variant (facts, not explanations)
    variants: list      # (id suffix, title suffix, header lines, policy ids kept, policies switched on)
    observed: bool      # whether the variants carry the base's observed: section


# id suffix, title suffix, header lines, policy ids kept, policies switched on with a placeholder
ALEPPO_VARIANTS = [
    ("no-blocking", "no blocking",
     ["Baseline: the same pause with no blocking policy at all. Compare with aleppo-2016-10.yaml."],
     [], {}),
    ("interception-only", "interception only",
     ["One explanation alone: exits blocked by the armed groups controlling the east (the Russian and",
      "Syrian account). Compare with aleppo-2016-10.yaml."],
     ["interception-east"], {}),
    ("disruption-only", "disruption only",
     ["One explanation alone: shelling and sniper fire near a corridor (the UN account of day 1).",
      "Compare with aleppo-2016-10.yaml."],
     ["shelling"], {}),
    ("distrust-only", "distrust only",
     ["One explanation alone: residents' distrust, the lack of UN guarantees and fear of arrest or",
      "detention (the residents' account). Compare with aleppo-2016-10.yaml."],
     ["distrust-no-guarantees"], {}),
    ("medical-approvals-only", "medical approvals only",
     ["One explanation alone: approvals for the medical evacuation delayed, and conditions set by",
      "armed groups (the UN account). Compare with aleppo-2016-10.yaml."],
     ["medical-approvals"], {}),
    ("detention-only", "detention at the crossings only",
     ["One explanation alone: detention or screening by the government side at the crossings, which",
      "residents gave as a fear. No source gives how often it happened: the probability here is a",
      "placeholder (it is 0, off, in aleppo-2016-10.yaml). Compare with aleppo-2016-10.yaml."],
     ["detention-at-crossings"], {"detention-at-crossings": "0.2"}),
]

# id suffix, title suffix, header lines, explanation ids kept, policies switched on with a placeholder
GHOUTA_VARIANTS = [
    ("no-explanation", "no explanation",
     ["Baseline: the same pauses with none of the explanations (only the fact that al-Wafideen was",
      "the one crossing open). Compare with ghouta-2018.yaml."],
     [], {}),
    ("militants-only", "militants only",
     ["One explanation alone: militants shelled the corridor and held civilians (the Russian and",
      "Syrian account). Compare with ghouta-2018.yaml."],
     ["militants-shelling", "militants-holding"], {}),
    ("fear-only", "fear of arrest only",
     ["One explanation alone: residents' fear of arrest, conscription or questioning of relatives",
      "(the residents' and activists' account). Compare with ghouta-2018.yaml."],
     ["fear-of-arrest"], {}),
    ("bombing-only", "bombing during the pauses only",
     ["One explanation alone: bombing continued during the pauses, with no safety guarantees (the",
      "residents' account; the UN). Compare with ghouta-2018.yaml."],
     ["bombing-during-pauses"], {}),
    ("front-line-only", "front line only",
     ["One explanation alone: the front line's advance, which opened Hamouriyeh from 15 March.",
      "Compare with ghouta-2018.yaml."],
     ["front-line-advance"], {}),
    ("medical-deals-only", "medical deals only",
     ["One explanation alone: medical evacuations negotiated case by case. Compare with",
      "ghouta-2018.yaml."],
     ["medical-deals"], {}),
]

CASES = {
    "aleppo": Case("aleppo-2016-10", "# East Aleppo humanitarian pause, 20-22 October 2016, ", [], ALEPPO_VARIANTS,
                   False),
    "ghouta": Case("ghouta-2018", "# Eastern Ghouta, 27 February - 2 April 2018, ", ["siege-lines"], GHOUTA_VARIANTS, True),
}


def split(text):
    head, rest = text.split("\nid: ", 1)
    rest = "id: " + rest
    before, after = rest.split("\nblocking:", 1)
    blocking, tail = after.split("\nexperiment:", 1)
    return head, before, "blocking:" + blocking, "experiment:" + tail


def policies(blocking):
    """The first line of the blocking list, and its policies as (id, text) with their comments."""
    first, body = blocking.split("\n", 1)
    result = []
    for chunk in re.split(r"\n\s*\n", body):
        m = re.search(r"  - id: (\S+)", chunk)
        if m:
            result.append((m.group(1), chunk.strip("\n")))
    return first, result


def without_observed(text):
    """The text without its top-level observed: section and the comment lines just before it."""
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("observed:"))
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    end = start + 1
    while not lines[end].startswith("observed:"):
        end += 1
    end += 1
    while end < len(lines) and (lines[end].startswith(" ") or lines[end] == ""):
        end += 1
    return "\n".join(lines[:start] + lines[end:])


def own_sections(path):
    """Top-level sections a variant file has after its assumptions (e.g. a capacity plan), with the
    comment lines before them: not derived from the base, kept when the file is written again."""
    if not path.exists():
        return ""
    lines = path.read_text().split("\n")
    at = next((i for i, l in enumerate(lines) if l.startswith("assumptions:")), None)
    if at is None:
        return ""
    for i in range(at + 1, len(lines)):
        if lines[i] and not lines[i].startswith(" "):
            return "\n".join(lines[i:])
    return ""


def write(case):
    base = Path("scenarios/" + case.base + ".yaml").read_text()
    head, before, blocking, tail = split(base)
    first, blocks = policies(blocking)
    experiment, rest = tail.split("\n", 1)
    assumptions_start = rest.index("assumptions:")
    sources_part = rest[:assumptions_start] if case.observed else without_observed(rest[:assumptions_start])
    assumptions = rest[assumptions_start:]
    for suffix, title, header, keep, switch_on in case.variants:
        text_head = head.split("\n")
        text_head[0] = case.heading + title
        body_start = next(i for i, l in enumerate(text_head) if l.startswith("# Facts come from"))
        new_head = [text_head[0], "#"] + ["# " + h for h in header] + ["#"] + text_head[body_start:]
        b = before.replace("id: " + case.base + "\n", "id: " + case.base + "-" + suffix + "\n", 1)
        b = re.sub(r'title: "([^"]*)"', lambda m: 'title: "' + m.group(1) + ", " + title + '"', b, count=1)
        kept = []
        for pid, chunk in blocks:
            if pid in keep or pid in case.always:
                if pid in switch_on:
                    chunk = re.sub(r"probability: 0\b.*", "probability: " + switch_on[pid]
                                   + "                # ASSUMPTION: placeholder, no source gives a value",
                                   chunk)
                kept.append(chunk)
        block_text = "blocking: []" if not kept else first + "\n" + "\n\n".join(kept)
        kept_ids = set(keep) | set(case.always)
        lines = assumptions.split("\n")
        out = []
        skip = False
        for line in lines:
            m = re.match(r"  - \{?path: blocking\.([^.\s,}]+)", line)
            if m:
                skip = m.group(1) not in kept_ids
            elif line.startswith("  - "):
                skip = False
            if not skip:
                out.append(line)
        variant = ("\n".join(new_head) + "\n" + b + "\n" + block_text + "\n\n" + experiment + "\n"
                   + sources_part + "\n".join(out))
        for pid, value in switch_on.items():
            variant = variant.replace("path: blocking." + pid + ".probability, note: \"off:",
                                      "path: blocking." + pid + ".probability, note: \"placeholder " + value + ";")
        path = Path("scenarios/" + case.base + "-" + suffix + ".yaml")
        own = own_sections(path)
        if own:
            variant = variant.rstrip("\n") + "\n" + own
        path.write_text(variant)


def main(names):
    unknown = [n for n in names if n not in CASES]
    if unknown:
        sys.exit("unknown case " + ", ".join(unknown) + "; cases: " + ", ".join(CASES))
    for name in names or list(CASES):
        write(CASES[name])


if __name__ == "__main__":
    main(sys.argv[1:])
