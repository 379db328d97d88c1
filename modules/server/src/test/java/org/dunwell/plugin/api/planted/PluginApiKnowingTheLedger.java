package org.dunwell.plugin.api.planted;

import org.dunwell.ledger.api.CompanyView;

/** Planted for ArchitectureTest: a plugin API type that exposes a ledger type. Never in production code. */
public interface PluginApiKnowingTheLedger {
    CompanyView company();
}
