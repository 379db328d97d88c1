package org.dunwell.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.dunwell.ai.domain.DraftStore;
import org.dunwell.kernel.api.UserName;

/**
 * A new draft and its history entry, in a transaction of their own: the model was asked before it, outside any
 * transaction, so that a slow model holds no database connection.
 */
@ApplicationScoped
@Transactional
public class DraftWrites {

    private DraftStore store;
    private AiLog log;

    protected DraftWrites() {
    }

    @Inject
    public DraftWrites(DraftStore store, AiLog log) {
        this.store = store;
        this.log = log;
    }

    public long created(DraftStore.NewDraft draft, String note, UserName actor) {
        long id = store.insert(draft);
        log.customer(draft.company(), draft.account(), "draft-created", "draft " + id, note, null, actor);
        return id;
    }
}
