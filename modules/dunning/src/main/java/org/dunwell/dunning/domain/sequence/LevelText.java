package org.dunwell.dunning.domain.sequence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A level's letter in one language. */
@Embeddable
public class LevelText {

    @Column(name = "language", nullable = false)
    private String language;
    @Column(name = "subject", nullable = false)
    private String subject;
    @Column(name = "body", nullable = false)
    private String body;

    protected LevelText() {
    }

    LevelText(String language, String subject, String body) {
        this.language = language;
        this.subject = subject;
        this.body = body;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }
}
