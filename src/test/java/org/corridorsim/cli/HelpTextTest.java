package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} wraps between words, never inside a path, an option value or a file name. */
class HelpTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "validate"})
    void noTokenOfAnyDescriptionIsSplitAcrossLines(String command) {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, code);
        List<String> lines = out.toString().lines().toList();
        CommandLine.Model.CommandSpec spec = new CommandLine(new Main()).getSubcommands().get(command).getCommandSpec();
        List<String> texts = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            texts.addAll(List.of(option.description()));
        }
        spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
        texts.addAll(List.of(spec.usageMessage().description()));
        texts.addAll(List.of(spec.usageMessage().footer()));
        for (String text : texts) {
            for (String token : text.replace("%n", " ").split("\\s+")) {
                if (token.isEmpty() || token.contains("${")) {
                    continue;
                }
                assertTrue(lines.stream().anyMatch(line -> line.contains(token)),
                        () -> "'" + token + "' is split in the help of " + command + ":\n" + out);
            }
        }
        assertTrue(lines.stream().allMatch(line -> line.length() <= 80), () -> "lines fit 80 columns:\n" + out);
    }
}
