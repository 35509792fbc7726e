package org.cairn.sandbox.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the sandbox's own service handlers (NRPS, AGS and the token endpoint), so a benchmark can take the
 * sandbox's latency out of "Cairn time" (issue "Roster and grades", figures). Read and reset through the
 * sandbox admin API; it costs two clock reads per call.
 */
@WebFilter(urlPatterns = {"/sandbox/api/courses/*", "/sandbox/token"}, asyncSupported = true)
public class SandboxTimings extends HttpFilter {

    static final AtomicLong NANOS = new AtomicLong();
    static final AtomicLong CALLS = new AtomicLong();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
            response.flushBuffer();
        } finally {
            NANOS.addAndGet(System.nanoTime() - start);
            CALLS.incrementAndGet();
        }
    }

    static java.util.Map<String, Object> snapshot() {
        return java.util.Map.of("calls", CALLS.get(), "millis", NANOS.get() / 1_000_000.0,
                "allCalls", SandboxCpu.CALLS.get(), "allCpuMillis", SandboxCpu.CPU_NANOS.get() / 1_000_000.0);
    }

    static void reset() {
        NANOS.set(0);
        CALLS.set(0);
        SandboxCpu.CALLS.set(0);
        SandboxCpu.CPU_NANOS.set(0);
    }
}
