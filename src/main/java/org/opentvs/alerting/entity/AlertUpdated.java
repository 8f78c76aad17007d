package org.opentvs.alerting.entity;

/** Fired inside the transaction that acknowledged or resolved an alert; connected devices hear of it after commit. */
public record AlertUpdated(AlertRow alert) {
}
