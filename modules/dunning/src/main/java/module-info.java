/** Collection letters, interest and fees, letters as PDF, the outbox; later strategy-based process automation. */
module org.dunwell.dunning {
    requires org.dunwell.kernel;
    requires org.dunwell.ledger;
    requires org.dunwell.credit;
    requires org.dunwell.collections;
    requires jakarta.persistence;
    // @Schema on the api records: documentation read at build time only (decision 0022)
    requires static microprofile.openapi.api;
    requires jakarta.cdi;
    requires jakarta.inject;
    requires jakarta.transaction;
    requires jakarta.mail;
    requires jakarta.annotation;
    // letters as PDF (decision 0028): Mustache templates, HTML and CSS laid out by openhtmltopdf on PDFBox
    requires com.github.mustachejava;
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;

    exports org.dunwell.dunning.api;

    opens org.dunwell.dunning.domain.sequence;
    opens org.dunwell.dunning.domain.interest;
    opens org.dunwell.dunning.application;
    opens dunning.templates;
    opens dunning.labels;
    opens org.dunwell.dunning.infrastructure;
}
