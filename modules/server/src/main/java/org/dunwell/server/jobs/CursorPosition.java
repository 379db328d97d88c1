package org.dunwell.server.jobs;

import java.io.Serializable;

/**
 * Where a page-by-page batch step stands: the cursor of the next page (null: the first), how
 * many pages it wrote, whether the last one is done. It is the chunk's checkpoint, so a restarted
 * run goes on after the last committed page. Shared by {@link CursorPageReader} and each job's writer.
 */
public final class CursorPosition implements Serializable {
    private static final long serialVersionUID = 1L;

    private String next;
    private boolean started;
    private int pages;

    /** The page to hand out now, or null when the last page was written. */
    PageStart nextPage() {
        return started && next == null ? null : new PageStart(next);
    }

    /** A page was written; {@code nextCursor} is where the following one starts (null: none). */
    public void written(String nextCursor) {
        started = true;
        next = nextCursor;
        pages++;
    }

    /** The cursor the next page starts after (null: the first page). */
    public String cursor() {
        return next;
    }

    public int pages() {
        return pages;
    }

    /** One page to write, named by the cursor it starts after (null: the first). */
    public record PageStart(String cursor) implements Serializable {
    }
}
