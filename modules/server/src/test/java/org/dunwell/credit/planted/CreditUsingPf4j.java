package org.dunwell.credit.planted;

import org.pf4j.PluginManager;

/** Planted for ArchitectureTest: a credit class that depends on PF4J. Never in production code. */
public class CreditUsingPf4j {
    public PluginManager manager;
}
