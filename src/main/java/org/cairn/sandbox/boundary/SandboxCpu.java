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
 * The CPU time the sandbox's handlers take on their request threads, for every sandbox request (pages, OIDC
 * authorization, services). The sandbox shares Cairn's process, so a launch benchmark subtracts this from the
 * process's CPU to tell Cairn's cost per launch from the platform's (issue "LTI 1.3 core", figures). Read and reset
 * with the sandbox's timings API.
 */
@WebFilter(urlPatterns = "/sandbox/*", asyncSupported = true)
public class SandboxCpu extends HttpFilter {

    static final AtomicLong CPU_NANOS = new AtomicLong();
    static final AtomicLong CALLS = new AtomicLong();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
            response.flushBuffer();
        } finally {
            CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            CALLS.incrementAndGet();
        }
    }
}
