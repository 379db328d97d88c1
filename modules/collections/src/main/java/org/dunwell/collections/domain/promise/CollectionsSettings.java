package org.dunwell.collections.domain.promise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dunwell.kernel.api.InvalidInputException;

/** A company's collections settings: the grace days after a promised date before a promise is broken. */
@Entity
@Table(name = "collections_setting")
public class CollectionsSettings {

    /** Grace days of a company that has set none. */
    public static final int DEFAULT_GRACE_DAYS = 3;

    @Id
    @Column(name = "company_code", nullable = false, updatable = false)
    private String company;
    @Column(name = "promise_grace_days", nullable = false)
    private int promiseGraceDays;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CollectionsSettings() {
    }

    public CollectionsSettings(String company) {
        this.company = company;
        this.promiseGraceDays = DEFAULT_GRACE_DAYS;
    }

    public void setPromiseGraceDays(int days) {
        if (days < 0 || days > 90) {
            throw InvalidInputException.ofField("graceDays", "must be between 0 and 90");
        }
        this.promiseGraceDays = days;
    }

    public int promiseGraceDays() {
        return promiseGraceDays;
    }
}
