package org.corridorsim.scenario;

/**
 * A value in a scenario that no public source gives, declared in the file's top-level
 * {@code assumptions:} list so that reports can show which figures rest on it.
 *
 * @param path where the value is, as for {@code --set}: {@code populations.east-civilians.intent}
 * @param note why the value was chosen, or what would replace it
 */
public record Assumption(String path, String note) {
}
