/**
 * Plumbing without business meaning: schema migration at startup, configuration, the clock,
 * the JAX-RS application and its error mapping, health checks, and the {@code PurgeRule} contract by
 * which each context publishes what of its data expires (the retention purge runs them).
 * Must not contain domain rules of any other context.
 */
package org.opentvs.platform;
