package org.cairn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Requests sent at the same moment: each on its own thread, all held at one latch and released together (no
 * sleeps), so first-time inserts by the same natural key really meet in the database.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** The replies of {@code count} requests, in the order of their index. */
    public static List<Http.Reply> send(int count, IntFunction<Http.Reply> request) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Http.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return request.apply(index);
                }));
            }
            go.countDown();
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<Http.Reply> answer : answers) replies.add(answer.get(90, TimeUnit.SECONDS));
            return replies;
        } catch (Exception e) {
            throw new IllegalStateException("a simultaneous request did not complete", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
