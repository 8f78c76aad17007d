package org.opentvs.reconciliation.entity;

import java.time.LocalDate;

/** One line of a partner's entry file: someone entered the partner country (so left ours) on entryDate. */
public record PartnerEntry(int lineNo, Person person, LocalDate entryDate, String port) {
}
