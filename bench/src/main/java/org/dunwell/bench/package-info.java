/** Benchmarks: each measures one timing goal against its floor and prints the figures docs/performance.md holds. */
package org.dunwell.bench;
