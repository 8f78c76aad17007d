package org.opentvs.reconciliation.control;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The partners of the two-way exchange, from MicroProfile Config, read at every job start:
 * {@code opentvs.exchange.partners} (comma-separated country codes) and per partner
 * {@code opentvs.exchange.<P>.outbound-directory}, {@code .inbound-directory} (either may be unset:
 * that direction is off) and {@code .exclude-nationalities} (default {@code USA,<P>}: US citizens and
 * the partner's own citizens are not sent, only third-country nationals).
 */
public final class ExchangePartners {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final String PREFIX = "opentvs.exchange.";

    /** One configured partner. */
    public record Partner(String code, Optional<Path> outbound, Optional<Path> inbound, List<String> excluded) {
    }

    /** Sizes and limits of the exchange. */
    public record Limits(int recordsPerFile, long maxFileBytes, int lookbackHours, String sender) {
    }

    private ExchangePartners() {
    }

    /** @throws IllegalArgumentException when a partner code is not three letters */
    public static List<Partner> configured() {
        Config config = ConfigProvider.getConfig();
        Set<String> codes = new LinkedHashSet<>();
        for (String code : config.getOptionalValue(PREFIX + "partners", String.class).orElse("").split(",")) {
            String c = code.trim().toUpperCase();
            if (c.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(c).matches()) {
                throw new IllegalArgumentException("opentvs.exchange.partners: '" + code.trim() + "' is not a 3-letter country code");
            }
            codes.add(c);
        }
        return codes.stream().map(c -> partner(config, c)).toList();
    }

    public static Optional<Partner> find(String code) {
        return configured().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public static Limits limits() {
        Config config = ConfigProvider.getConfig();
        return new Limits(config.getOptionalValue(PREFIX + "records-per-file", Integer.class).orElse(100_000),
                config.getOptionalValue(PREFIX + "max-file-bytes", Long.class).orElse(50L * 1024 * 1024),
                config.getOptionalValue(PREFIX + "lookback-hours", Integer.class).orElse(48),
                config.getOptionalValue(PREFIX + "sender", String.class).orElse("USA").trim().toUpperCase());
    }

    private static Partner partner(Config config, String code) {
        String key = PREFIX + code + ".";
        String excluded = config.getOptionalValue(key + "exclude-nationalities", String.class).orElse("USA," + code);
        return new Partner(code, directory(config, key + "outbound-directory"), directory(config, key + "inbound-directory"),
                Arrays.stream(excluded.split(",")).map(s -> s.trim().toUpperCase()).filter(s -> !s.isEmpty()).toList());
    }

    private static Optional<Path> directory(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of);
    }
}
