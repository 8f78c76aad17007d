/**
 * Who may do what: the Shiro realm over PostgreSQL (people with hashed passwords, machine clients
 * with hashed bearer tokens), roles (deny by default), the one scope policy every boundary applies
 * ({@code ScopePolicy}: carriers, airports, ports), the append-only audit trail of who read or
 * changed personal data; the sign-in throttle (per account and source address) and the
 * browser-facing security headers. Must not contain business rules of other contexts.
 */
package org.opentvs.security;
