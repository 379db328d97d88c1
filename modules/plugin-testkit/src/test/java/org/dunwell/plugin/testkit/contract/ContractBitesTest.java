package org.dunwell.plugin.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dunwell.plugin.api.MonetaryAmount;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.plugin.api.agency.AgencyUpdate;
import org.dunwell.plugin.api.agency.AgencyUpdates;
import org.dunwell.plugin.api.agency.CaseHandover;
import org.dunwell.plugin.api.agency.CollectionAgencyProvider;
import org.dunwell.plugin.api.agency.Debtor;
import org.dunwell.plugin.api.agency.HandoverInvoice;
import org.dunwell.plugin.api.agency.HandoverReceipt;
import org.dunwell.plugin.testkit.StubHttpService;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The contracts bite: run against an agency plugin that does its job they pass; against plugins that answer for
 * another case, call the vendor with no regard for its status, or throw untyped exceptions, the matching contract
 * tests fail.
 */
class ContractBitesTest {

    /** An agency that reads the vendor's status right, as the contract wants. */
    static class Dutiful implements CollectionAgencyProvider {
        @Override
        public HandoverReceipt handOver(CaseHandover handover, PluginContext context) {
            var answer = context.http().send(HttpRequest.newBuilder(URI.create(context.settings().require("baseUrl")
                    + "/cases")).POST(HttpRequest.BodyPublishers.ofString(handover.caseNumber())).build());
            int status = answer.statusCode();
            if (status == 401 || status == 403) {
                throw new PluginConfigurationException("credentials refused");
            }
            if (status == 429 || status >= 500) {
                throw new RetryLaterException("vendor answered " + status);
            }
            if (!answer.body().startsWith("{\"ref\":\"")) {
                throw new IllegalStateException("not the vendor's JSON");
            }
            return new HandoverReceipt(handover.caseNumber(), answer.body().substring(8, answer.body().length() - 2));
        }

        @Override
        public AgencyUpdates updates(String cursor, PluginContext context) {
            return new AgencyUpdates(List.of(), cursor);
        }

        @Override
        public List<AgencyUpdate> readWebhook(WebhookRequest request, PluginContext context) {
            return List.of();
        }
    }

    /** Acknowledges another case than the one handed over. */
    static class Muddled extends Dutiful {
        @Override
        public HandoverReceipt handOver(CaseHandover handover, PluginContext context) {
            return new HandoverReceipt("SOME-OTHER-CASE", super.handOver(handover, context).agencyReference());
        }
    }

    /** Turns every failure of the vendor into an untyped exception. */
    static class Careless extends Dutiful {
        @Override
        public HandoverReceipt handOver(CaseHandover handover, PluginContext context) {
            try {
                return super.handOver(handover, context);
            } catch (RuntimeException e) {
                throw new IllegalStateException("something went wrong", e);
            }
        }
    }

    abstract static class ContractOf extends CollectionAgencyProviderContract {
        @Override
        protected CaseHandover handover() {
            MonetaryAmount open = MonetaryAmount.of("10.00", "EUR");
            return new CaseHandover("DW-CASE-1-1", new Debtor("C1", "Acme", null, "DE", List.of()),
                    List.of(new HandoverInvoice("I1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), open, open)),
                    open, List.of(), List.of(), Map.of());
        }

        @Override
        protected void vendorAnswersNormally(StubHttpService vendor) {
            vendor.answer("/cases", 201, "{\"ref\":\"AG-1\"}");
        }
    }

    static class DutifulContract extends ContractOf {
        @Override
        protected CollectionAgencyProvider agency() {
            return new Dutiful();
        }
    }

    static class MuddledContract extends ContractOf {
        @Override
        protected CollectionAgencyProvider agency() {
            return new Muddled();
        }
    }

    static class CarelessContract extends ContractOf {
        @Override
        protected CollectionAgencyProvider agency() {
            return new Careless();
        }
    }

    @Test
    void aDutifulPluginPassesEveryContractTest() {
        assertThat(failures(DutifulContract.class)).isEmpty();
    }

    @Test
    void aPluginThatAcknowledgesAnotherCaseFailsTheWellFormedTest() {
        assertThat(failures(MuddledContract.class)).containsExactly("answersWellFormedWhenTheVendorAnswersAsDocumented");
    }

    @Test
    void aPluginThatThrowsUntypedExceptionsFailsEveryFailureTestButGarbage() {
        assertThat(failures(CarelessContract.class)).containsExactlyInAnyOrder("aVendorThatIsDownIsRetryLater",
                "aVendorThatAsksToSlowDownIsRetryLater", "refusedCredentialsAreTheConfigurationsFault",
                "aVendorThatHangsIsLeftWithinTheRequestTimeout", "anUnreachableVendorIsRetryLater");
    }

    /** The contract's tests that failed for this subclass, by method name. */
    private static Set<String> failures(Class<?> contract) {
        Set<String> failed = new java.util.concurrent.ConcurrentSkipListSet<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    failed.add(test.getDisplayName().replace("()", ""));
                }
            }
        });
        return failed.stream().collect(Collectors.toSet());
    }
}
