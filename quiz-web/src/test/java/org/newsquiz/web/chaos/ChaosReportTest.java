package org.newsquiz.web.chaos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsquiz.web.chaos.ChaosReport.Event;
import org.newsquiz.web.chaos.ChaosReport.Phase;
import org.newsquiz.web.chaos.ChaosReport.Request;

class ChaosReportTest {

    @Test
    void phasesCountFailuresAndMeasureRecoveryFromTheFault() {
        List<Request> requests = List.of(
                new Request(0, 10, "answer", 204), new Request(500, 530, "answer", 204),
                new Request(990, 1020, "answer", 0), new Request(1100, 1400, "answer", 502),
                new Request(1500, 1540, "answer", 204), new Request(1900, 1910, "submit", 200));
        List<Event> events = List.of(new Event(0, "baseline"), new Event(1000, "instance killed"),
                new Event(2000, "end"));
        List<Phase> phases = ChaosReport.phases(requests, events);
        assertEquals(2, phases.size());
        assertEquals(new Phase("baseline", 2, 0, 2.0, 10, 30, -1), phases.get(0));
        Phase killed = phases.get(1);
        assertEquals(4, killed.requests(), "the request cut off by the fault counts against it");
        assertEquals(2, killed.failures());
        assertEquals(2.0, killed.perSecond(), 1e-9, "only answered requests count as throughput");
        assertEquals(400, killed.recoveryMs(), "the last failure ended 400 ms after the fault");
        assertEquals(40, killed.p99());
    }

    @Test
    void percentileIsNearestRank() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(99, ChaosReport.percentile(sorted, 99));
        assertEquals(50, ChaosReport.percentile(sorted, 50));
        assertEquals(0, ChaosReport.percentile(new long[0], 99));
    }

    @Test
    void spreadCountsAttemptsServedByMoreThanOneInstance() {
        String a = "11111111-2222-3333-4444-555555555555";
        String b = "66666666-7777-8888-9999-000000000000";
        List<String> log = List.of(
                "127.0.0.1:18111 204 PUT /api/attempts/" + a + "/answers/1",
                "127.0.0.1:18112 204 PUT /api/attempts/" + a + "/answers/2",
                "127.0.0.1:18113 204 PUT /api/attempts/" + b + "/answers/1",
                "127.0.0.1:18113 200 POST /api/attempts/" + b + "/submit",
                "127.0.0.1:18111 200 GET /");
        assertArrayEquals(new int[] {1, 2}, ChaosReport.spread(log));
    }
}
