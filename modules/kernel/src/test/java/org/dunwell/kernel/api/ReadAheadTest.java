package org.dunwell.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** Counts 1..n on whatever thread reads it; records the thread, how far it read and whether it was closed. */
    static final class Counting implements ReadAhead.Source<Integer> {
        final int last;
        final AtomicInteger read = new AtomicInteger();
        final CountDownLatch closed = new CountDownLatch(1);
        volatile Thread thread;
        volatile RuntimeException failAt;
        volatile int failingItem;

        Counting(int last) {
            this.last = last;
        }

        @Override
        public Integer next() {
            thread = Thread.currentThread();
            int item = read.get() + 1;
            if (failAt != null && item == failingItem) {
                throw failAt;
            }
            if (item > last) {
                return null;
            }
            read.set(item);
            return item;
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    @Test
    void handsOutEveryItemInOrderThenNullAndClosesTheSourceOnItsThread() throws Exception {
        Counting source = new Counting(1_000);
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> items = ReadAhead.start(2, executor, () -> source)) {
            Integer item;
            while ((item = items.next()) != null) {
                taken.add(item);
            }
            assertNull(items.next(), "after the end it stays at the end");
        }
        assertEquals(1_000, taken.size());
        for (int i = 0; i < taken.size(); i++) {
            assertEquals(i + 1, taken.get(i));
        }
        assertTrue(source.closed.await(5, TimeUnit.SECONDS));
        assertTrue(source.thread != Thread.currentThread(), "read on the executor's thread");
    }

    @Test
    void readsNoMoreThanTheBoundAheadOfTheTaker() throws Exception {
        Counting source = new Counting(1_000);
        try (ReadAhead<Integer> items = ReadAhead.start(2, executor, () -> source)) {
            assertEquals(1, items.next());
            Thread.sleep(300);
            // taken 1; queued 2 and 3; item 4 read and waiting for room: never more
            assertTrue(source.read.get() <= 4, "read " + source.read.get());
            assertTrue(source.read.get() >= 3, "it does read ahead: " + source.read.get());
        }
    }

    @Test
    void aFailureOfTheSourceIsThrownToTheTakerAtItsPlace() throws Exception {
        Counting source = new Counting(100);
        IllegalStateException broken = new IllegalStateException("connection reset");
        source.failAt = broken;
        source.failingItem = 4;
        try (ReadAhead<Integer> items = ReadAhead.start(1, executor, () -> source)) {
            assertEquals(1, items.next());
            assertEquals(2, items.next());
            assertEquals(3, items.next());
            assertSame(broken, assertThrows(IllegalStateException.class, items::next));
        }
        assertTrue(source.closed.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailureToOpenIsThrownToTheTaker() {
        try (ReadAhead<Integer> items = ReadAhead.start(1, executor, () -> {
            throw new IllegalArgumentException("no such snapshot");
        })) {
            assertEquals("no such snapshot", assertThrows(IllegalArgumentException.class, items::next).getMessage());
        }
    }

    @Test
    void closingEarlyStopsTheReadingAndClosesTheSource() throws Exception {
        Counting source = new Counting(Integer.MAX_VALUE);
        ReadAhead<Integer> items = ReadAhead.start(1, executor, () -> source);
        assertEquals(1, items.next());
        items.close();
        assertTrue(source.closed.await(5, TimeUnit.SECONDS), "closed when the taker closes");
        int read = source.read.get();
        Thread.sleep(200);
        assertEquals(read, source.read.get(), "nothing read after close");
        assertThrows(IllegalStateException.class, items::next);
    }

    @Test
    void anExecutorThatRefusesTheReadingFailsTheStart() {
        // e.g. the server's executor shutting down: the job's reader fails to open, nothing waits forever
        assertThrows(RejectedExecutionException.class, () -> ReadAhead.start(1, task -> {
            throw new RejectedExecutionException("shut down");
        }, () -> new Counting(3)));
    }
}
