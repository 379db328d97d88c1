package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * api-contract.md, "The company of a request": the {@code company} query parameter for reads and
 * writes, the default company without it, a body that must agree, and 404 for an unknown company on
 * every operation. (The issue: {@code POST /pools?company=QQ1} had created the pool in DW01.)
 */
class CompanyRuleIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi MANAGER = HttpApi.as("manager");
    private static String company;

    @BeforeAll
    static void aSecondCompany() {
        company = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + company + "\",\"name\":\"Company rule IT\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
    }

    @Test
    void aWriteLandsInTheCompanyOfTheParameter() {
        String pool = "{\"name\":\"rule-" + company + "\",\"conditions\":[{\"field\":\"region\",\"operator\":\"=\","
                + "\"value\":\"NORTH\"}]}";
        HttpApi.Answer created = MANAGER.postJson("/api/v1/pools?company=" + company, pool).assertStatus(201);
        assertThat(created.json().getString("company")).isEqualTo(company);
        assertThat(created.header("Location")).endsWith("/api/v1/pools/rule-" + company + "?company=" + company);
        MANAGER.get("/api/v1/pools/rule-" + company + "?company=" + company).assertStatus(200);
        MANAGER.get("/api/v1/pools/rule-" + company).assertProblem(404);
    }

    @Test
    void aBodyThatNamesAnotherCompanyIsRefusedAndWritesNothing() {
        String body = "{\"company\":\"" + company + "\",\"name\":\"elsewhere-" + company + "\",\"conditions\":[]}";
        JsonObject problem = MANAGER.postJson("/api/v1/pools", body).assertProblem(400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("company");
        MANAGER.postJson("/api/v1/pools?company=DW01", body).assertProblem(400);
        MANAGER.get("/api/v1/pools/elsewhere-" + company + "?company=" + company).assertProblem(404);
        MANAGER.get("/api/v1/pools/elsewhere-" + company).assertProblem(404);
    }

    @Test
    void anUnknownCompanyIsNotFoundOnReadsWritesAndJobsAlike() {
        MANAGER.postJson("/api/v1/pools?company=QQ1", "{\"name\":\"x\",\"conditions\":[]}").assertProblem(404);
        MANAGER.get("/api/v1/aging?company=QQ1").assertProblem(404);
        MANAGER.get("/api/v1/jobs?company=QQ1").assertProblem(404);
        HttpApi.as("erp").post("/api/v1/imports/customers?company=QQ1", "text/csv", "account,name,currency\n")
                .assertProblem(404);
    }

    @Test
    void keysOfSixtyFourCharactersWorkThroughoutAndLongerOnesAreRefused() {
        String code = ("L" + UUID.randomUUID().toString().replace("-", "")).repeat(2).substring(0, 64).toUpperCase();
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"" + code + "\",\"name\":\"Long keys\","
                + "\"accountingCurrency\":\"EUR\"}").assertStatus(201);
        String account = "A".repeat(64);
        HttpApi.as("erp").post("/api/v1/imports/customers?company=" + code, "text/csv",
                "account,name,currency,region\n" + account + ",Long Ltd,EUR," + "R".repeat(64) + "\n")
                .assertStatus(200);
        String pool = "P".repeat(64);
        MANAGER.postJson("/api/v1/pools?company=" + code, "{\"name\":\"" + pool + "\",\"conditions\":"
                + "[{\"field\":\"region\",\"operator\":\"=\",\"value\":\"" + "R".repeat(64) + "\"}]}")
                .assertStatus(201);
        assertThat(MANAGER.get("/api/v1/pools/" + pool + "/customers?company=" + code).assertStatus(200).json()
                .getJsonArray("items").getJsonObject(0).getString("account")).isEqualTo(account);
        MANAGER.get("/api/v1/customers/" + account + "X?company=" + code).assertProblem(400);
        MANAGER.postJson("/api/v1/pools?company=" + code, "{\"name\":\"" + pool + "X\",\"conditions\":[]}")
                .assertProblem(400);
    }

    @Test
    void aCompanyParameterThatIsNoKeyOrNamesTwoCompaniesIsABadRequest() {
        MANAGER.get("/api/v1/aging?company=DW01&company=" + company).assertProblem(400);
        MANAGER.get("/api/v1/aging?company=A%2FB").assertProblem(400);
        MANAGER.get("/api/v1/aging?company=A%00B").assertProblem(400);
    }
}
