package org.dunwell.collections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.dunwell.ledger.api.entity.VersionedEntity;

/**
 * A user the server has seen sign in, with whether its roles then let it see every customer (a collections
 * manager, an administrator) and the day it last signed in: who work can be handed to.
 */
@Entity
@Table(name = "collections_user")
public class CollectionsUser extends VersionedEntity {

    @Column(name = "user_name", nullable = false, updatable = false)
    private String user;
    @Column(name = "sees_all", nullable = false)
    private boolean seesAll;
    @Column(name = "last_signed_in", nullable = false)
    private LocalDate lastSignedIn;

    protected CollectionsUser() {
    }

    public CollectionsUser(String user, boolean seesAll, LocalDate on) {
        this.user = user;
        this.seesAll = seesAll;
        this.lastSignedIn = on;
    }

    public void signedIn(boolean seesAllNow, LocalDate on) {
        this.seesAll = seesAllNow;
        this.lastSignedIn = on;
    }

    public String user() {
        return user;
    }

    public boolean seesAll() {
        return seesAll;
    }

    public LocalDate lastSignedIn() {
        return lastSignedIn;
    }
}
