/**
 * Crossing records (entries and exits, confirmed biometrically or biographically) and the outbound
 * exports to IDENT/HART, TECS and ADIS through a transactional outbox. Must not decide matches.
 */
package org.opentvs.crossing;
