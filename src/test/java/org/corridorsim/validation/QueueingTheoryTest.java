package org.corridorsim.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corridorsim.random.Distribution;
import org.corridorsim.validation.QueueingTheory.MG1;
import org.corridorsim.validation.QueueingTheory.MMc;
import org.corridorsim.validation.QueueingTheory.MMcK;
import org.junit.jupiter.api.Test;

/** The formulas against values computed by hand as exact fractions, and against published tables. */
class QueueingTheoryTest {

    @Test
    void erlangCForTwoAndAHalfErlangsOnThreeServers() {
        // sum_{n<3} a^n/n! = 1 + 2.5 + 3.125 = 6.625; a^3/3! * c/(c - a) = 2.6041667 * 6 = 15.625;
        // C = 15.625 / (6.625 + 15.625) = 125/178 = 0.702247 (the textbook 0.7022).
        assertEquals(125.0 / 178.0, QueueingTheory.erlangC(3, 2.5), 1e-15);
    }

    @Test
    void erlangBMatchesClosedFormsAndPublishedTables() {
        // B(3, 2.5) = (a^3/3!) / sum_{n<=3} a^n/n! = 2.6041667 / 9.2291667 = 125/443.
        assertEquals(125.0 / 443.0, QueueingTheory.erlangB(3, 2.5), 1e-15);
        assertEquals(0.7 / 1.7, QueueingTheory.erlangB(1, 0.7), 1e-15);
        // Erlang B tables: 10 circuits offered 5 erlangs block 1.84% of calls.
        assertEquals(0.018385, QueueingTheory.erlangB(10, 5), 1e-6);
        // The recursion stays finite where a^c / c! would overflow; 0.00365 by an independent computation.
        assertEquals(0.00365, QueueingTheory.erlangB(1000, 950), 1e-5);
    }

    @Test
    void singleServerMarkovQueueHasTheTextbookMeans() {
        MMc queue = new MMc(0.8, 1.0, 1);
        // rho = 0.8, Wq = rho / (mu - lambda) = 4, Lq = 3.2, W = 5, L = 4.
        assertEquals(0.8, queue.utilisation(), 1e-15);
        assertEquals(0.8, queue.waitProbability(), 1e-15);
        assertEquals(4.0, queue.meanWait(), 1e-12);
        assertEquals(3.2, queue.meanInLine(), 1e-12);
        assertEquals(5.0, queue.meanSojourn(), 1e-12);
        assertEquals(4.0, queue.meanInSystem(), 1e-12);
    }

    @Test
    void threeServersAtFiftyAnHourWithThreeMinuteService() {
        MMc queue = new MMc(50.0 / 3600, 1.0 / 180, 3);
        // a = 2.5, rho = 5/6; Wq = C / (c mu - lambda) = (125/178) / (10 per hour) = 252.809 s.
        assertEquals(5.0 / 6.0, queue.utilisation(), 1e-15);
        assertEquals(125.0 / 178.0 * 360, queue.meanWait(), 1e-9);
        assertEquals(125.0 / 178.0 * 5, queue.meanInLine(), 1e-12);
        assertEquals(125.0 / 178.0 * 5 + 2.5, queue.meanInSystem(), 1e-12);
    }

    @Test
    void twoServersFourPlacesAtTwoErlangs() {
        // Unnormalised p_n = 1, 2, 2, 2, 2 (a = 2, so a^n / (2! 2^(n-2)) = 2 beyond n = 1); total 9.
        MMcK queue = new MMcK(2, 1, 2, 4);
        assertEquals(2.0 / 9.0, queue.blocking(), 1e-15);
        assertEquals(14.0 / 9.0, queue.admittedRate(), 1e-15);
        assertEquals(20.0 / 9.0, queue.meanInSystem(), 1e-15);
        assertEquals(6.0 / 9.0, queue.meanInLine(), 1e-15);
        assertEquals(7.0 / 9.0, queue.utilisation(), 1e-15);
        assertEquals((6.0 / 9.0) / (14.0 / 9.0), queue.meanWait(), 1e-15);
    }

    @Test
    void finiteCapacityReducesToTheKnownSpecialCases() {
        // M/M/1/K: P_K = (1 - rho) rho^K / (1 - rho^(K+1)) = 0.0625 / 0.9375 = 1/15 for rho = 0.5, K = 3.
        assertEquals(1.0 / 15.0, new MMcK(0.5, 1, 1, 3).blocking(), 1e-15);
        // M/M/c/c is Erlang's loss system.
        assertEquals(QueueingTheory.erlangB(3, 2.5), new MMcK(2.5, 1, 3, 3).blocking(), 1e-15);
        // A waiting room far larger than the queue ever gets behaves like an unlimited one.
        MMcK large = new MMcK(50.0 / 3600, 1.0 / 180, 3, 2000);
        MMc unlimited = new MMc(50.0 / 3600, 1.0 / 180, 3);
        assertEquals(unlimited.meanWait(), large.meanWait(), 1e-9);
        assertEquals(unlimited.meanInSystem(), large.meanInSystem(), 1e-12);
        assertEquals(0, large.blocking(), 1e-100);
    }

    @Test
    void pollaczekKhinchineForDeterministicAndExponentialService() {
        // M/D/1 with rho = 0.5, mu = 1: Wq = rho / (2 mu (1 - rho)) = 0.5.
        MG1 deterministic = new MG1(0.5, new Distribution.Constant(1));
        assertEquals(0.5, deterministic.meanWait(), 1e-15);
        assertEquals(0.25, deterministic.meanInLine(), 1e-15);
        assertEquals(1.5, deterministic.meanSojourn(), 1e-15);
        // Exponential service has twice the second moment, so M/G/1 gives M/M/1's Wq = 1.
        MG1 exponential = new MG1(0.5, new Distribution.Exponential(1));
        assertEquals(new MMc(0.5, 1, 1).meanWait(), exponential.meanWait(), 1e-15);
        assertEquals(2 * deterministic.meanWait(), exponential.meanWait(), 1e-15);
    }

    @Test
    void unstableOrMeaninglessQueuesAreRejectedWithTheValue() {
        IllegalArgumentException overloaded = assertThrows(IllegalArgumentException.class, () -> new MMc(3, 1, 3));
        assertTrue(overloaded.getMessage().contains("got 3.0"), overloaded.getMessage());
        IllegalArgumentException erlang = assertThrows(IllegalArgumentException.class, () -> QueueingTheory.erlangC(2, 2.5));
        assertTrue(erlang.getMessage().contains("got 2.5"), erlang.getMessage());
        IllegalArgumentException md1 = assertThrows(IllegalArgumentException.class,
                () -> new MG1(1, new Distribution.Constant(1)));
        assertTrue(md1.getMessage().contains("got 1.0"), md1.getMessage());
        IllegalArgumentException room = assertThrows(IllegalArgumentException.class, () -> new MMcK(1, 1, 3, 2));
        assertTrue(room.getMessage().contains("got 2"), room.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueueingTheory.erlangB(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new MMc(-1, 1, 1));
    }
}
