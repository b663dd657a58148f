package org.campaignkit.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * Runs slow work (drawing cards, rendering documents) on a few threads and hands the results back one by
 * one in the items' own order, so output stays the same whatever finishes first. Work in flight
 * is bounded by a weight budget (pixels for cards), so a few huge cards run one at a time instead of
 * together running out of memory on an old laptop.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /** The slow part, run on a worker thread. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws IOException;
    }

    /** What is done with each result, on the calling thread, in order. */
    @FunctionalInterface
    public interface Sink<T, R> {
        void accept(T item, R result) throws IOException;
    }

    /**
     * @param weight each item's cost against the budget (more than the budget counts as the budget)
     * @param budget how much weight may be in flight at once
     */
    public static <T, R> void run(List<T> items, int threads, ToIntFunction<T> weight, int budget, Work<T, R> work,
            Sink<T, R> sink) throws IOException {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                sink.accept(item, work.apply(item));
            }
            return;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "export-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Semaphore room = new Semaphore(budget);
        Deque<Pending<T, R>> inFlight = new ArrayDeque<>();
        try {
            for (T item : items) {
                while (inFlight.size() >= 2 * threads) {
                    finish(inFlight.removeFirst(), sink);
                }
                int cost = Math.max(1, Math.min(budget, weight.applyAsInt(item)));
                room.acquire(cost);
                inFlight.addLast(new Pending<>(item, pool.submit(() -> {
                    try {
                        return work.apply(item);
                    } finally {
                        room.release(cost);
                    }
                })));
            }
            while (!inFlight.isEmpty()) {
                finish(inFlight.removeFirst(), sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while exporting");
        } finally {
            pool.shutdownNow();
        }
    }

    private record Pending<T, R>(T item, Future<R> result) {
    }

    private static <T, R> void finish(Pending<T, R> pending, Sink<T, R> sink) throws IOException, InterruptedException {
        R result;
        try {
            result = pending.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
        sink.accept(pending.item(), result);
    }
}
