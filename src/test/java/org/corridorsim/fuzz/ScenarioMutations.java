package org.corridorsim.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scenario files derived from the shipped ones by structured mutation: keys, values, types, YAML
 * structure, anchors and aliases, and characters. File {@code i} comes from a generator seeded
 * with {@code i} alone, so any failure reproduces from its number.
 */
final class ScenarioMutations {

    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,] )(\\d+(?:\\.\\d+)?)(?=[a-z/%]*[,}\\]\\s])");
    private static final String[] VALUES = {"0", "-1", "-0", "1e308", "1e-320", ".nan", ".inf", "-.inf", "NaN", "''",
        "~", "null", "true", "no", "[]", "{}", "[1, 2]", "{a: 1}", "99999999999999999999999", "0x1F", "1_000",
        "3/0h", "-5m", "0s", "1h-", "25:00", "2024-02-30T00:00", "9999-12-31T23:59", "\"\\u0000\"", "\"\\e[2J\"",
        "!!binary aGVsbG8=", "!custom x", "&x 1", "*x", "*undefined", "<<: {a: 1}", "? complex", "|\n  block",
        ">-\n  folded", "\"\u202eevil\"", "'unterminated", "\"unterminated", "[unclosed", "{unclosed: 1",
        "\u0645\u062d\u0645\u062f", "\ud83d\ude00", "1.5", "0.999999", "100000000", "2", "1"};
    private static final String[] KEYS = {"id", "size", "rate", "lanes", "dist", "mean", "probability", "policy",
        "windows", "travel", "retry", "after", "capacity", "screening", "blocking", "experiment", "bin", "replications",
        "end", "start", "populations", "corridors", "kind", "serves", "x-unknown", "", "<<", "\"quoted key\""};
    private static final String[] CHARACTERS = {"\u0000", "\t", "\r", "\u001b", "\u0007", "\u007f", "\u0085",
        "\u00a0", "\ufeff", "\ufffe", "\ud800", "\u202e", "\u2028", "#", ":", "- ", "&", "*", "!", "|", ">", "%",
        "@", "`", "{", "}", "[", "]", ",", "\"", "'", "\n", "\n\n---\n", "..."};

    private final List<String> bases;

    ScenarioMutations(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            bases = files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File {@code index}: one to four structured mutations of one shipped scenario. */
    String broken(long index) {
        SplittableRandom random = new SplittableRandom(index);
        String text = bases.get(random.nextInt(bases.size()));
        for (int count = 1 + random.nextInt(4); count > 0; count--) {
            text = mutate(text, random);
        }
        return text;
    }

    /** Scenario {@code index} for running: shipped numbers scaled by 0.5 to 1.5, most of them valid. */
    String perturbed(long index) {
        SplittableRandom random = new SplittableRandom(~index);
        String text = bases.get(random.nextInt(bases.size()));
        Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(1);
            if (random.nextInt(3) == 0) {
                double scaled = Double.parseDouble(number) * (0.5 + random.nextDouble());
                number = number.contains(".") ? String.format(java.util.Locale.ROOT, "%.3f", Math.min(scaled, 1.0))
                        : Long.toString(Math.max(1, Math.round(scaled)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(number));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String mutate(String text, SplittableRandom random) {
        String[] lines = text.split("\n", -1);
        int line = random.nextInt(lines.length);
        String target = lines[line];
        switch (random.nextInt(12)) {
            case 0 -> lines[line] = target.replaceFirst("[A-Za-z-]+(?=:)", pick(KEYS, random));
            case 1 -> lines[line] = target.replaceFirst("(?<=: ).*", pick(VALUES, random));
            case 2 -> lines[line] = "";
            case 3 -> lines[line] = target + "\n" + target;
            case 4 -> lines[line] = random.nextBoolean() ? "  " + target : target.replaceFirst("^  ", "");
            case 5 -> lines[line] = insert(target, pick(CHARACTERS, random), random);
            case 6 -> lines[line] = target.replaceFirst("(?<=: )(\\S)", "&a" + random.nextInt(3) + " $1");
            case 7 -> lines[line] = target.replaceFirst("(?<=: ).*", "*a" + random.nextInt(3));
            case 8 -> lines[line] = target.replaceFirst("(?<=: ).*", random.nextBoolean() ? "[" + pick(VALUES, random)
                    + ", " + pick(VALUES, random) + "]" : "{" + pick(KEYS, random) + ": " + pick(VALUES, random) + "}");
            case 9 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 10 -> {
                return random.nextBoolean() ? text.replace("\n", "\r\n") : "\ufeff" + text;
            }
            default -> lines[line] = target.replaceFirst("(?<=: )(\\d+)", "$1" + "9".repeat(1 + random.nextInt(30)));
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, String what, SplittableRandom random) {
        int at = random.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private static String pick(String[] options, SplittableRandom random) {
        return options[random.nextInt(options.length)];
    }
}
