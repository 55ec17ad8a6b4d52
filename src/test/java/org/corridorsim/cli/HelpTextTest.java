package org.corridorsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --help} wraps between words, never inside a path, an option value or a file name. */
class HelpTextTest {

    @Test
    void aNamedCommandIsTheOnlyOneReadAndHelpListsThemAll() {
        assertEquals(List.of("run"), List.copyOf(Main.commandLine(new String[] {"run", "s.yaml"}).getSubcommands().keySet()));
        List<String> all = List.of("run", "validate", "compare", "sweep", "attribute", "fit", "plan", "help");
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"--help"}).getSubcommands().keySet()));
        assertEquals(all, List.copyOf(Main.commandLine(new String[] {"rn"}).getSubcommands().keySet()));
        StringWriter out = new StringWriter();
        assertEquals(Main.OK, Main.execute(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())));
        for (String command : all) {
            assertTrue(out.toString().lines().anyMatch(line -> line.strip().startsWith(command + " ")), command + " in\n" + out);
        }
        StringWriter err = new StringWriter();
        assertEquals(Main.INVALID, Main.execute(new String[] {"rn"}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertTrue(err.toString().contains("run"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "compare", "sweep", "validate"})
    void noTokenOfAnyDescriptionIsSplitAcrossLines(String command) {
        StringWriter out = new StringWriter();
        int code = Main.execute(new String[] {command, "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(Main.OK, code);
        List<String> lines = out.toString().lines().toList();
        CommandLine.Model.CommandSpec spec = Main.commandLine(new String[0]).getSubcommands().get(command).getCommandSpec();
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
