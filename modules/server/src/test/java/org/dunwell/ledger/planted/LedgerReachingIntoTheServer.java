package org.dunwell.ledger.planted;

import org.dunwell.server.problem.Problem;

/** Planted for ArchitectureTest: a ledger class that depends on the WAR. Never in production code. */
public class LedgerReachingIntoTheServer {
    public Problem problem() {
        return Problem.of("x", "x", 400, "x");
    }
}
