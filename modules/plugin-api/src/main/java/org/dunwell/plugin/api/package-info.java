/**
 * What a Dunwell plugin sees of the host: the extension points (one per area: {@code bureau},
 * {@code insurance}, {@code agency}, {@code contact}), the records that go in and out of them (money as
 * {@link org.dunwell.plugin.api.MonetaryAmount}, a {@code BigDecimal} with its ISO 4217 currency), the
 * {@link org.dunwell.plugin.api.PluginContext} the host hands every call, and the typed exceptions a plugin
 * throws. Depends on PF4J and the JDK only; versioned on its own ({@link org.dunwell.plugin.api.PluginApiVersion}).
 */
package org.dunwell.plugin.api;
