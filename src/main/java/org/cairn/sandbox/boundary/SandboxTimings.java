package org.cairn.sandbox.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the sandbox for benchmarks, read and reset through the sandbox admin API:
 * <ul>
 * <li>the wall time of its own service handlers (NRPS, AGS and the token endpoint), so a roster or grades
 * benchmark can take the sandbox's latency out of "Cairn time" (issue "Roster and grades", figures);</li>
 * <li>the CPU time of every sandbox request on its thread (pages and OIDC authorization too): the sandbox shares
 * Cairn's process, so the launch benchmark subtracts it from the process's CPU to tell Cairn's cost per launch from
 * the platform's (issue "LTI 1.3 core", figures).</li>
 * </ul>
 * It costs two clock reads and two thread-CPU reads per call.
 */
@WebFilter(urlPatterns = "/sandbox/*", asyncSupported = true)
public class SandboxTimings extends HttpFilter {

    static final AtomicLong NANOS = new AtomicLong();
    static final AtomicLong CALLS = new AtomicLong();
    static final AtomicLong ALL_CPU_NANOS = new AtomicLong();
    static final AtomicLong ALL_CALLS = new AtomicLong();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
            response.flushBuffer();
        } finally {
            ALL_CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
            ALL_CALLS.incrementAndGet();
            if (isService(request.getRequestURI())) {
                NANOS.addAndGet(System.nanoTime() - start);
                CALLS.incrementAndGet();
            }
        }
    }

    /** The service endpoints an LMS answers a tool's server on (not pages a browser opens). */
    static boolean isService(String path) {
        return path.startsWith("/sandbox/api/courses/") || path.equals("/sandbox/token");
    }

    static java.util.Map<String, Object> snapshot() {
        return java.util.Map.of("calls", CALLS.get(), "millis", NANOS.get() / 1_000_000.0,
                "allCalls", ALL_CALLS.get(), "allCpuMillis", ALL_CPU_NANOS.get() / 1_000_000.0);
    }

    static void reset() {
        NANOS.set(0);
        CALLS.set(0);
        ALL_CPU_NANOS.set(0);
        ALL_CALLS.set(0);
    }
}
