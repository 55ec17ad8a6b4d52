#!/usr/bin/env python3
"""Writes the Aleppo variant files from aleppo-2016-10.yaml, so that every variant shares the
base file's populations, corridors, sources and assumptions and differs only in its header and
its blocking list. Run from the repository root: python3 scenarios/tools/aleppo-variants.py
AleppoVariantsTest checks that the files agree with the base."""
import re
from pathlib import Path

BASE = Path("scenarios/aleppo-2016-10.yaml")

# id suffix, title suffix, header lines, policy ids kept, policies switched on with a placeholder
VARIANTS = [
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
        text_head[0] = "# East Aleppo humanitarian pause, 20-22 October 2016, " + title
        body_start = next(i for i, l in enumerate(text_head) if l.startswith("# Facts come from"))
        new_head = [text_head[0], "#"] + ["# " + h for h in header] + ["#"] + text_head[body_start:]
        b = before.replace("id: aleppo-2016-10\n", "id: aleppo-2016-10-" + suffix + "\n", 1)
        b = re.sub(r'title: "([^"]*)"', lambda m: 'title: "' + m.group(1) + ", " + title + '"', b, count=1)
        kept = []
        for pid, chunk in blocks:
            if pid in keep:
                if pid in switch_on:
                    chunk = re.sub(r"probability: 0\b.*", "probability: " + switch_on[pid]
                                   + "                # ASSUMPTION: placeholder, no source gives a value",
                                   chunk)
                kept.append(chunk)
        block_text = "blocking: []" if not kept else first + "\n" + "\n\n".join(kept)
        kept_ids = set(keep)
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
        Path("scenarios/aleppo-2016-10-" + suffix + ".yaml").write_text(variant)


if __name__ == "__main__":
    main()
