package org.opentvs.alerting.entity;

public enum AlertStatus { OPEN, ACKNOWLEDGED, RESOLVED }
