package org.corridorsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.corridorsim.experiment.output.ProvenanceJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    @TempDir
    Path dir;

    private static final Instant START = Instant.parse("2026-11-27T15:00:00Z");

    @Test
    void recordsTheScenarioBytesByTheirSha256() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);
        Provenance p = Provenance.of(List.of(file), List.of("a=1"), 5, 10, 2, START, START.plusSeconds(3));
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", p.scenarios().get(0).sha256());
        assertEquals(file.toString(), p.scenarios().get(0).path());
        assertEquals(System.getProperty("java.runtime.version"), p.javaVersion());
        assertFalse(p.version().isBlank());
        p.commit().ifPresent(commit -> assertTrue(commit.matches("[0-9a-f]{40}"), commit));
    }

    @Test
    void theBuildRecordsVersionAndCommit() {
        Provenance p = Provenance.of(List.of(), List.of(), 1, 1, 1, START, START);
        assertTrue(p.version().matches("\\d+\\.\\d+\\.\\d+.*"), "version from build.properties: " + p.version());
    }

    @Test
    void sameInputsMeansSameScenarioBytesAndOverrides() throws IOException {
        Path a = dir.resolve("a.yaml");
        Path b = dir.resolve("b.yaml");
        Files.writeString(a, "x: 1");
        Files.writeString(b, "x: 1");
        Provenance one = Provenance.of(List.of(a), List.of("k=1"), 1, 10, 1, START, START);
        Provenance moved = Provenance.of(List.of(b), List.of("k=1"), 9, 99, 4, START, START.plusSeconds(60));
        assertTrue(one.sameInputs(moved), "same bytes elsewhere, other seed and replications");
        assertFalse(one.sameInputs(Provenance.of(List.of(a), List.of("k=2"), 1, 10, 1, START, START)));
        Files.writeString(b, "x: 2");
        assertFalse(one.sameInputs(Provenance.of(List.of(b), List.of("k=1"), 1, 10, 1, START, START)));
    }

    @Test
    void jsonRoundTrips() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "id: s");
        Provenance p = Provenance.of(List.of(file), List.of("a=1", "b=x y"), -3, 7, 2, START,
                START.plusMillis(1500));
        var json = ProvenanceJson.toJson(p);
        assertEquals("2026-11-27T15:00:00Z", json.get("started").asText());
        assertEquals("2026-11-27T15:00:01.5Z", json.get("finished").asText());
        assertEquals(p, ProvenanceJson.fromJson(json).orElseThrow());
    }

    @Test
    void refusesImpossibleValues() {
        assertThrows(IllegalArgumentException.class,
                () -> Provenance.of(List.of(), List.of(), 1, 1, 0, START, START));
        assertThrows(IllegalArgumentException.class,
                () -> Provenance.of(List.of(), List.of(), 1, 1, 1, START, START.minusSeconds(1)));
        assertThrows(NullPointerException.class, () -> new Provenance(null, java.util.Optional.empty(), List.of(),
                List.of(), 1, 1, 1, START, START, "17", "x"));
    }
}
