package org.opentvs.partner.entity;

import java.util.Optional;

/** The fields of an entry or exit record an agreement may name, as they appear in the answer. */
public enum RecordField {

    ENTRY_DATE("entryDate"), PORT("port"), ADMISSION_CLASS("admissionClass"), ADMITTED_UNTIL("admittedUntil"), EXIT_DATE(
            "exitDate"), EXIT_PORT("exitPort");

    private final String json;

    RecordField(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    public static Optional<RecordField> named(String name) {
        for (RecordField f : values()) {
            if (f.json.equalsIgnoreCase(name.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
