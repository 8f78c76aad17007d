package org.opentvs.verification.entity;

public enum Instruction { PROCEED, RECAPTURE, SEE_OFFICER }
