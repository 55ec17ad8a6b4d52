package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void numbersArePlainShortestAndReadBackExactly() {
        assertEquals("5000", Csv.number(5000.0));
        assertEquals("0", Csv.number(0.0));
        assertEquals("12345678.5", Csv.number(12345678.5));
        assertEquals("0.0001", Csv.number(1e-4));
        assertEquals("-2.5", Csv.number(-2.5));
        double third = 1.0 / 3;
        assertEquals(third, Double.parseDouble(Csv.number(third)));
        assertEquals("", Csv.number(Double.NaN));
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertEquals("corridor.C1.evacuated", Csv.text("corridor.C1.evacuated"));
        assertEquals("\"lanes=2, seats=50\"", Csv.text("lanes=2, seats=50"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
    }
}
