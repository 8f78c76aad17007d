package org.opentvs.partner.control;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.partner.entity.RecordField;

/**
 * The agreement with each partner, from MicroProfile Config (read at every query, so a change
 * applies without a restart): {@code opentvs.partner.agreements.<COUNTRY>} lists the record fields
 * the partner may receive ({@code entryDate, port, admissionClass, admittedUntil, exitDate, exitPort});
 * an empty value (or {@code none}) is an agreement that answers only whether a record exists. No key, no agreement.
 * A name that is no field is ignored (and logged), never widened into more data.
 */
public final class PartnerAgreements {

    private static final Logger LOG = Logger.getLogger(PartnerAgreements.class.getName());
    static final String PREFIX = "opentvs.partner.agreements.";

    public record Agreement(String partner, Set<RecordField> fields, int maxRecords) {
    }

    private PartnerAgreements() {
    }

    public static Optional<Agreement> of(String partner) {
        Config config = ConfigProvider.getConfig();
        Optional<String> fields = config.getOptionalValue(PREFIX + partner, String.class);
        boolean declared = fields.isPresent() || hasEmptyKey(config, PREFIX + partner);
        if (!declared) {
            return Optional.empty();
        }
        int max = config.getOptionalValue("opentvs.partner.max-records", Integer.class).orElse(20);
        return Optional.of(new Agreement(partner, parse(partner, fields.orElse("")), Math.max(1, max)));
    }

    static Set<RecordField> parse(String partner, String csv) {
        Set<RecordField> fields = EnumSet.noneOf(RecordField.class);
        for (String name : csv.split(",")) {
            if (name.isBlank() || name.trim().equalsIgnoreCase("none")) {
                continue;
            }
            RecordField.named(name).ifPresentOrElse(fields::add,
                    () -> LOG.warning(() -> "Agreement of partner " + partner + " names an unknown field, ignored: " + name.trim()));
        }
        return fields;
    }

    /** MicroProfile Config treats an empty value as missing; an agreement that discloses no field is still one. */
    private static boolean hasEmptyKey(Config config, String key) {
        for (String name : config.getPropertyNames()) {
            if (name.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
