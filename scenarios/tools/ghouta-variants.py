#!/usr/bin/env python3
"""Writes the Ghouta variant files from ghouta-2018.yaml, as aleppo-variants.py does for Aleppo:
every variant shares the base file's populations, corridors, sources and assumptions and differs
only in its header and in which explanations (policies and events) it keeps. The fact
'siege-lines' (only al-Wafideen open until the front line moved) is kept in every variant.
Run from the repository root: python3 scenarios/tools/ghouta-variants.py
GhoutaVariantsTest checks that the files agree with the base."""
import re
from pathlib import Path

BASE = Path("scenarios/ghouta-2018.yaml")
ALWAYS = ["siege-lines"]

# id suffix, title suffix, header lines, policy ids kept, policies switched on with a placeholder
VARIANTS = [
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


def main():
    base = BASE.read_text()
    head, before, blocking, tail = split(base)
    first, blocks = policies(blocking)
    experiment, rest = tail.split("\n", 1)
    assumptions_start = rest.index("assumptions:")
    sources_part = rest[:assumptions_start]
    assumptions = rest[assumptions_start:]
    for suffix, title, header, keep, switch_on in VARIANTS:
        text_head = head.split("\n")
        text_head[0] = "# Eastern Ghouta, 27 February - 2 April 2018, " + title
        body_start = next(i for i, l in enumerate(text_head) if l.startswith("# Facts come from"))
        new_head = [text_head[0], "#"] + ["# " + h for h in header] + ["#"] + text_head[body_start:]
        b = before.replace("id: ghouta-2018\n", "id: ghouta-2018-" + suffix + "\n", 1)
        b = re.sub(r'title: "([^"]*)"', lambda m: 'title: "' + m.group(1) + ", " + title + '"', b, count=1)
        kept = []
        for pid, chunk in blocks:
            if pid in keep or pid in ALWAYS:
                if pid in switch_on:
                    chunk = re.sub(r"probability: 0\b.*", "probability: " + switch_on[pid]
                                   + "                # ASSUMPTION: placeholder, no source gives a value",
                                   chunk)
                kept.append(chunk)
        block_text = "blocking: []" if not kept else first + "\n" + "\n\n".join(kept)
        kept_ids = set(keep) | set(ALWAYS)
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
        Path("scenarios/ghouta-2018-" + suffix + ".yaml").write_text(variant)


if __name__ == "__main__":
    main()
