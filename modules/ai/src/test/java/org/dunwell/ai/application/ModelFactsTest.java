package org.dunwell.ai.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dunwell.ai.support.FactsCorpus;
import org.dunwell.dunning.api.CustomerFacts;
import org.junit.jupiter.api.Test;

/**
 * What is sent to a model for a customer with hundreds of open invoices stays small: the configured number of
 * invoices and the rest as a count and a total, every figure already in the language's format; no contact details.
 */
class ModelFactsTest {

    @Test
    void aCustomerWithHundredsOfInvoicesSendsTheListSizeAndATail() throws Exception {
        CustomerFacts many = FactsCorpus.situations(8, 9).get(7);
        int overdue = many.overdueInvoices().size() + many.moreOverdue().count();
        assertThat(overdue).isGreaterThanOrEqualTo(120);
        String json = ModelFacts.of(many, "de", "FIRM", true);
        JsonNode sent = new ObjectMapper().readTree(json);
        assertThat(sent.get("overdueInvoices")).hasSize(25);
        assertThat(sent.get("moreOverdue").get("count").asText()).isEqualTo(Integer.toString(overdue - 25));
        assertThat(sent.get("overdueToCollect").asText()).as("written as German writes it")
                .matches("\\d{1,3}(\\.\\d{3})*,\\d{2}\\u00A0\\S+");
        assertThat(json.length()).as("bytes sent for %d overdue invoices", overdue).isLessThan(8_000);
        assertThat(json).doesNotContain("@", "phone", "email");
    }
}
