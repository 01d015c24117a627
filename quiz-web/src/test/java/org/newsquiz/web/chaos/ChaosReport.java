package org.newsquiz.web.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summarises a fault-injection run: for each phase between two faults the requests, failures, throughput and
 * latency (p50, p99); for each fault the time until the last failed request it caused; and from the balancer's
 * log how many students had their requests served by more than one instance.
 *
 * <pre>java -cp ... org.newsquiz.web.chaos.ChaosReport requests.csv events.csv [nginx-access.log]</pre>
 */
public final class ChaosReport {
    private static final Pattern ATTEMPT = Pattern.compile("/api/attempts/([0-9a-f-]{36})");

    record Request(long start, long end, String kind, int status) {
        boolean failed() {
            return status <= 0 || status >= 500;
        }
    }

    record Event(long at, String label) {
    }

    record Phase(String name, int requests, int failures, double perSecond, long p50, long p99, long recoveryMs) {
    }

    public static void main(String... args) throws IOException {
        List<Request> requests = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(",")).map(f -> new Request(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2],
                        Integer.parseInt(f[3]))).toList();
        List<Event> events = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.split(",", 2)).map(f -> new Event(Long.parseLong(f[0]), f[1])).toList();
        System.out.printf("%-36s %8s %8s %8s %7s %7s %10s%n", "phase", "requests", "failed", "req/s", "p50 ms",
                "p99 ms", "recovery");
        for (Phase phase : phases(requests, events)) {
            System.out.printf(Locale.ROOT, "%-36s %8d %8d %8.1f %7d %7d %10s%n", phase.name(), phase.requests(),
                    phase.failures(), phase.perSecond(), phase.p50(), phase.p99(),
                    phase.recoveryMs() < 0 ? "-" : phase.recoveryMs() + " ms");
        }
        Map<String, Long> byKind = new HashMap<>();
        requests.forEach(r -> byKind.merge(r.kind() + " " + r.status(), 1L, Long::sum));
        System.out.println("responses by kind and status: " + new java.util.TreeMap<>(byKind));
        if (args.length > 2) {
            int[] spread = spread(Files.readAllLines(Path.of(args[2])));
            System.out.printf("students served by more than one instance: %d of %d%n", spread[0], spread[1]);
        }
    }

    /**
     * Splits the run at each event; a request belongs to the phase in which it ended, so a request cut off by a
     * fault counts against that fault. A phase that starts with a fault reports its recovery: the time from the
     * fault to the end of the last failed request in that phase (0 when nothing failed).
     */
    static List<Phase> phases(List<Request> requests, List<Event> events) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i + 1 < events.size(); i++) {
            long from = events.get(i).at();
            long to = events.get(i + 1).at();
            List<Request> in = requests.stream().filter(r -> r.end() >= from && r.end() < to).toList();
            long[] latencies = in.stream().filter(r -> !r.failed()).mapToLong(r -> r.end() - r.start()).sorted().toArray();
            int failures = (int) in.stream().filter(Request::failed).count();
            long lastFailure = in.stream().filter(Request::failed).mapToLong(Request::end).max().orElse(from);
            double seconds = Math.max(1, to - from) / 1000.0;
            phases.add(new Phase(events.get(i).label(), in.size(), failures, (in.size() - failures) / seconds,
                    percentile(latencies, 50), percentile(latencies, 99), i == 0 ? -1 : lastFailure - from));
        }
        return phases;
    }

    /** Nearest-rank percentile of sorted values; 0 for none. */
    static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** From access-log lines holding the upstream address and the URI: {attempts on 2+ upstreams, attempts}. */
    static int[] spread(List<String> accessLog) {
        Map<String, Set<String>> upstreams = new HashMap<>();
        for (String line : accessLog) {
            Matcher attempt = ATTEMPT.matcher(line);
            String[] fields = line.split(" ");
            if (attempt.find() && fields.length > 0) {
                upstreams.computeIfAbsent(attempt.group(1), k -> new HashSet<>()).add(fields[0]);
            }
        }
        int spread = (int) upstreams.values().stream().filter(s -> s.size() > 1).count();
        return new int[] {spread, upstreams.size()};
    }
}
