package org.corridorsim.kernel;

/**
 * What happens when a scheduled event comes due.
 *
 * <p>Handlers are long-lived objects; the per-event data travels in {@code arg} (typically the
 * index of an entity in a model's primitive arrays), so scheduling allocates nothing.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Runs the event.
     *
     * @param arg the value given when the event was scheduled
     */
    void handle(int arg);
}
