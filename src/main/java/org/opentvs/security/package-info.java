/**
 * Who may do what: the Shiro realm over PostgreSQL (people with hashed passwords, machine clients
 * with hashed bearer tokens), roles (deny by default), the one scope policy every boundary applies
 * ({@code ScopePolicy}: carriers, airports, ports), the append-only audit trail of who read or
 * changed personal data; the sign-in throttle (per account and source address) and the
 * browser-facing security headers. Must not contain business rules of other contexts. Its retention
 * rule is {@code AUDIT_EVENT} ({@code control.AuditEventPurge}); other contexts read the trail only
 * through {@code AuditTrail} (retention's anchored receipt head).
 * <p>Tables this context owns, the only one to read and write them ({@code TableOwnershipTest}):
 * <ul>
 * <li>{@code app_user} — people who log in to the portal or the admin API</li>
 * <li>{@code api_client} — machine clients with hashed bearer tokens, roles and scope</li>
 * <li>{@code audit_event} — the append-only audit trail of reads and changes of personal data</li>
 * </ul>
 */
package org.opentvs.security;
