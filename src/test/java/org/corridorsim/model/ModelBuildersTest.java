package org.corridorsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

class ModelBuildersTest {

    private static final Distribution SCREENING = new Distribution.Exponential(240);

    @Test
    void checkpointFactoryHasNamedStepsAndDefaults() {
        assertEquals(new Checkpoint(2, SCREENING, Discipline.FIFO, Checkpoint.UNLIMITED), Checkpoint.of(2, SCREENING));
        assertEquals(new Checkpoint(2, SCREENING, Discipline.MEDICAL_FIRST, 200),
                Checkpoint.of(2, SCREENING).withDiscipline(Discipline.MEDICAL_FIRST).withCapacity(200));
    }

    @Test
    void corridorBuilderGivesTheSameRecordAsTheConstructor() {
        Transport buses = new Transport(3, 40, new Distribution.Constant(3600), 1200);
        Windows daily = new Windows(List.of(new Interval(3600, 7200)));
        Corridor built = Corridor.builder("south", Checkpoint.of(1, SCREENING)).name("South road")
                .serves(Kind.CIVILIAN).windows(daily).transport(buses).build();
        assertEquals(new Corridor("south", "South road", EnumSet.of(Kind.CIVILIAN), daily, Checkpoint.of(1, SCREENING),
                Optional.of(buses), Optional.empty()), built);
        Corridor plain = Corridor.builder("north", Checkpoint.of(1, SCREENING)).build();
        assertEquals("north", plain.name());
        assertEquals(EnumSet.allOf(Kind.class), plain.serves());
        assertEquals(Windows.always(), plain.windows());
        assertTrue(plain.transport().isEmpty() && plain.ambulances().isEmpty());
    }

    @Test
    void populationBuilderGivesTheSameRecordAsTheConstructor() {
        Demand demand = new Demand.Poisson(40 / 3600.0);
        Distribution size = new Distribution.Geometric(3);
        Distribution north = new Distribution.LogNormal(2400, 900);
        Distribution south = new Distribution.Constant(1800);
        Population built = Population.builder("town", Kind.CIVILIAN).demand(demand).groupSize(size)
                .medicalShare(0.01).travel("north", north).travel("south", south).build();
        assertEquals(new Population("town", Kind.CIVILIAN, demand, size, 0.01, Optional.empty(), Retry.NEVER,
                Map.of("north", north, "south", south)), built);
        assertEquals(List.of("north", "south"), List.copyOf(built.travel().keySet()), "travel keeps its order");
    }

    @Test
    void aMissingStepOrNullSaysWhich() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Population.builder("town", Kind.CIVILIAN).groupSize(new Distribution.Constant(1))
                        .travel("north", new Distribution.Constant(60)).build());
        assertTrue(missing.getMessage().contains("town needs a demand"), missing.getMessage());
        NullPointerException nul = assertThrows(NullPointerException.class,
                () -> new Checkpoint(1, null, Discipline.FIFO, 1));
        assertEquals("screening", nul.getMessage());
        assertThrows(NullPointerException.class, () -> new Corridor("c", "c", EnumSet.of(Kind.CIVILIAN), null,
                Checkpoint.of(1, SCREENING), Optional.empty(), Optional.empty()));
        assertThrows(NullPointerException.class, () -> Corridor.builder(null, Checkpoint.of(1, SCREENING)));
    }
}
