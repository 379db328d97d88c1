package org.dunwell.kernel.planted;

import org.dunwell.ledger.api.Companies;

/** Planted for ArchitectureTest: a kernel class that depends on the ledger. Never in production code. */
public class KernelReachingUp {
    public Companies companies;
}
