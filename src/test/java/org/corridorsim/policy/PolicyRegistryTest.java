package org.corridorsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corridorsim.policy.builtin.ClosureProvider;
import org.corridorsim.policy.builtin.InterceptionProvider;
import org.junit.jupiter.api.Test;

class PolicyRegistryTest {

    @Test
    void findsEveryBuiltInByItsName() {
        PolicyRegistry registry = PolicyRegistry.load();
        for (String name : List.of("interception", "disruption", "quota", "closure", "screening", "composite")) {
            assertEquals(name, registry.find(name).orElseThrow(() -> new AssertionError(name)).name());
        }
    }

    @Test
    void namesAreSortedAndUnknownNamesAreEmpty() {
        PolicyRegistry registry = PolicyRegistry.of(List.of(new InterceptionProvider(), new ClosureProvider()));
        assertEquals(List.of("closure", "interception"), registry.names());
        assertTrue(registry.find("blockade").isEmpty());
    }

    @Test
    void refusesTwoProvidersOfOneName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyRegistry.of(List.of(new ClosureProvider(), new ClosureProvider())));
        assertTrue(e.getMessage().contains("'closure'"), e.getMessage());
    }
}
