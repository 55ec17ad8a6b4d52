#!/usr/bin/env python3
"""Read a CorridorSim result folder with pandas, draw throughput with matplotlib, print totals.

Usage: python3 examples/analysis.py RESULTS_DIR [OUTPUT.png]

Works with Debian's python3-pandas and python3-matplotlib (apt-get install python3-pandas
python3-matplotlib). The column types come from the folder's datapackage.json, so nothing is guessed.
"""
import json
import re
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def read_table(folder: Path, descriptor: dict, path: str) -> pd.DataFrame:
    """Reads one CSV of the data package with the types its Table Schema declares."""
    resource = next(r for r in descriptor["resources"] if r["path"] == path)
    dtypes, dates = {}, []
    for field in resource["schema"]["fields"]:
        kind = field["type"]
        if kind == "datetime":
            dates.append(field["name"])
        elif kind == "integer":
            dtypes[field["name"]] = "Int64"
        elif kind == "number":
            dtypes[field["name"]] = "float64"
        else:
            dtypes[field["name"]] = "string"
    frame = pd.read_csv(folder / path, dtype=dtypes, keep_default_na=False, na_values=[""])
    for name in dates:
        # ISO 8601 with the UTC offset; utc=True gives one time line even across a DST change
        frame[name] = pd.to_datetime(frame[name], utc=True)
    return frame


def time_zone(folder: Path) -> str:
    """The scenario's time zone, from the resolved scenario the run wrote beside its results."""
    resolved = folder / "scenario.resolved.yaml"
    if resolved.exists():
        match = re.search(r"^time-zone:\s*['\"]?([^'\"\s#]+)", resolved.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            return match.group(1)
    return "UTC"


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    picture = Path(sys.argv[2]) if len(sys.argv) > 2 else folder / "throughput.png"
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    replications = read_table(folder, descriptor, "replications.csv")
    timeseries = read_table(folder, descriptor, "timeseries.csv")
    # Plot in the scenario's local time, as the report does: the times read as the sources give them.
    zone = time_zone(folder)
    for column in ("bin_start", "bin_end"):
        timeseries[column] = timeseries[column].dt.tz_convert(zone)
    plt.rcParams["timezone"] = zone  # matplotlib's date axis formats in this zone

    # Per corridor: one corridor, all kinds. These rows add up to "evacuated".
    per_corridor = timeseries[timeseries["scope"] == "corridor"]
    total = timeseries[timeseries["scope"] == "total"]

    figure, axis = plt.subplots(figsize=(9, 4.5))
    # Each bin's count is drawn over the bin: a step from bin_start to the next bin.
    axis.fill_between(total["bin_start"], total["evacuated_low"].fillna(total["evacuated_mean"]),
                      total["evacuated_high"].fillna(total["evacuated_mean"]), step="post", color="0.85",
                      label="total, confidence interval")
    axis.step(total["bin_start"], total["evacuated_mean"], where="post", color="black", linewidth=1.6,
              label="total")
    for corridor, rows in per_corridor.groupby("corridor"):
        axis.step(rows["bin_start"], rows["evacuated_mean"], where="post", linewidth=1.2, label=corridor)
    width = summary.get("binSeconds", 3600) / 60
    axis.set_ylabel(f"persons evacuated per {width:g}-minute bin")
    axis.set_xlabel(f"local time ({zone})")
    axis.set_title(f"Throughput, {summary['scenario']} ({summary['replications']} replications)")
    axis.legend()
    figure.tight_layout()
    figure.savefig(picture, dpi=110)

    # Totals: the mean over replications from replications.csv, and the sum of the throughput bins.
    print(f"scenario {summary['scenario']}: {len(replications)} replications")
    for metric in ("evacuated", "blocked", "remaining"):
        if metric in replications:
            print(f"{metric} mean {replications[metric].mean():.6f}")
    print(f"evacuated from timeseries {per_corridor['evacuated_mean'].sum():.6f}")
    for corridor, persons in per_corridor.groupby("corridor")["evacuated_mean"].sum().items():
        print(f"corridor {corridor} evacuated {persons:.6f}")
    print(f"times in {zone}: first bin starts {total['bin_start'].iloc[0].isoformat()}")
    print(f"chart written to {picture}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
