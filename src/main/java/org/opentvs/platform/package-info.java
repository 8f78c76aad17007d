/**
 * Plumbing without business meaning: schema migration at startup, configuration, the clock,
 * the JAX-RS application and its error mapping, health checks.
 * Must not contain domain rules of any other context.
 */
package org.opentvs.platform;
