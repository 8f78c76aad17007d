package org.opentvs.platform.control;

/** Whatever can still record durably while PostgreSQL is unreachable (the verification journal). */
public interface DegradedWrites {

    /** Whether records can be taken now without PostgreSQL. */
    boolean canRecordWithoutDatabase();
}
