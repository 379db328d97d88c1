package org.dunwell.kernel.api;

import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Items of a source read on another thread, a bounded number ahead of the one who takes them: while
 * a job writes one page, the next is being read. The source is opened, read and closed on the
 * reading thread alone; at most {@code ahead} items wait between the two threads, so memory stays
 * bounded whatever the source's length. A failure of the source is thrown to the taker, at the place
 * of the item it could not read; {@link #close} stops the reading after the item in progress and
 * waits for the source to be closed.
 */
public final class ReadAhead<T> implements AutoCloseable {

    /** What is read ahead: the next item, null after the last. */
    public interface Source<T> extends AutoCloseable {
        T next();

        @Override
        void close();
    }

    private static final Object END = new Object();
    private static final long POLL_MILLIS = 200;
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final BlockingQueue<Object> queue;
    private final CompletableFuture<Void> reading;
    private volatile boolean closed;
    private boolean ended;

    private ReadAhead(int ahead, Executor executor, Supplier<? extends Source<T>> opener) {
        if (ahead < 1) {
            throw new IllegalArgumentException("ahead must be at least 1, not " + ahead);
        }
        this.queue = new ArrayBlockingQueue<>(ahead);
        Objects.requireNonNull(opener, "opener");
        this.reading = CompletableFuture.runAsync(() -> read(opener), executor);
    }

    /** Starts reading: {@code opener} runs on a thread of {@code executor}, then the source is read there. */
    public static <T> ReadAhead<T> start(int ahead, Executor executor, Supplier<? extends Source<T>> opener) {
        return new ReadAhead<>(ahead, executor, opener);
    }

    private void read(Supplier<? extends Source<T>> opener) {
        try (Source<T> source = opener.get()) {
            T item;
            while (!closed && (item = source.next()) != null) {
                if (!hand(item)) {
                    return;
                }
            }
            hand(END);
        } catch (RuntimeException | Error e) {
            hand(new Failure(e));
        }
    }

    /** Puts an item in the queue once there is room, unless the taker has closed; false when closed. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The next item, waiting for it to be read; null after the last. */
    @SuppressWarnings("unchecked")
    public T next() {
        if (closed) {
            throw new IllegalStateException("read-ahead is closed");
        }
        if (ended) {
            return null;
        }
        try {
            Object item;
            while ((item = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS)) == null) {
                if (reading.isDone() && queue.isEmpty()) {
                    ended = true;
                    throw new IllegalStateException("the reading thread stopped without an end", cause(reading));
                }
            }
            if (item == END) {
                ended = true;
                return null;
            }
            if (item instanceof Failure failure) {
                ended = true;
                if (failure.error instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure.error;
            }
            return (T) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next item", e);
        }
    }

    private static Throwable cause(CompletableFuture<Void> reading) {
        try {
            reading.getNow(null);
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    /** Stops the reading and waits until its source is closed. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            reading.get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            // the failure, if any, was handed to the taker; a reading still going on after the wait is left to end
        }
    }

    private record Failure(Throwable error) {
    }
}
