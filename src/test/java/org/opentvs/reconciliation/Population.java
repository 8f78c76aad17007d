package org.opentvs.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A seeded population with known truth for reconciliation. Each person is admitted once (some
 * visa-waiver travelers twice within 180 days); 82% leave (on time or late) through an exit
 * crossing (75%) or a Canadian entry (25%, the partner file); the others stay past admit-until or
 * are on duration of status (F1, pending). Departure records carry noise: 80% clean; otherwise a
 * document typo or no document, a transliteration variant or typo of the family name, a birth-date
 * typo, or two of those; 3% of crossing exits have a new passport but the holdings identity. Extra
 * departures of people never admitted (3%) and a few twin pairs (same family name, birth date and
 * nationality, departing without documents) make wrong or ambiguous links possible.
 */
public final class Population {

    public enum Outcome { ON_TIME, LATE, STAYS, PENDING }

    public record Arrival(UUID id, UUID identityId, String family, String given, LocalDate dob, String nationality, String document,
            String classOfAdmission, Instant admittedAt, LocalDate admitUntil, Outcome outcome, LocalDate expectedUntil) {
    }

    /** A departure; {@code arrival} is the truth (null for someone never admitted); partner lines have {@code lineNo}. */
    public record Departure(UUID id, UUID arrival, boolean partner, int lineNo, UUID identityId, String family, String given,
            LocalDate dob, String nationality, String document, Instant at) {
    }

    static final String[] FAMILY = {"SMITH", "GARCIA", "MUELLER", "MOHAMMED", "NGUYEN", "KOWALSKI", "TANAKA", "IVANOV", "SILVA",
            "ROSSI", "DUBOIS", "OKAFOR", "PATEL", "KIM", "CHEN", "JOHANSSON", "YILMAZ", "KHALED", "TCHAIKOVSKY", "FERNANDEZ", "O'BRIEN",
            "NOWAK", "SCHMIDT", "LOPEZ", "HASSAN", "SINGH", "ANDERSSON", "PETROV", "WANG", "MARTIN", "BERNARD", "LEROY", "MORENO",
            "ABUBAKAR", "MENDOZA", "HERNANDEZ", "KRAUSE", "VOGEL", "NIELSEN", "JENSEN", "PHILLIPS", "DIMITROV", "POPESCU", "HORVATH",
            "SZABO", "NAGY", "KOVAC", "NOVAK", "ALVAREZ", "CASTRO", "RAMIREZ", "TORRES", "FISCHER", "WEBER", "WAGNER", "BECKER"};
    static final String[] GIVEN = {"ANNA", "JOHN", "MARIA", "AHMED", "YURIY", "LI", "SOFIA", "PETER", "FATIMA", "HIROSHI",
            "OLGA", "CARLOS", "AMARA", "RAJ", "ELENA", "LUCAS", "NOOR", "MATEO", "IVAN", "CHLOE", "DAVID", "SARA", "OMAR", "MEI",
            "TOMAS", "EMMA", "KENJI", "ZARA", "PAOLO", "INGRID", "FELIX", "LEILA", "ANDREI", "CLARA", "HUGO", "AISHA", "VIKTOR", "NINA"};
    static final String[] NATIONALITY = {"GBR", "DEU", "FRA", "EGY", "VNM", "POL", "JPN", "RUS", "BRA", "ITA", "NGA", "IND",
            "KOR", "CHN", "SWE", "TUR", "MEX", "ESP"};
    static final String[][] VARIANTS = {{"MUELLER", "MÜLLER"}, {"MOHAMMED", "MUHAMMAD"}, {"KHALED", "HALED"},
            {"TCHAIKOVSKY", "CHAIKOVSKII"}, {"PHILLIPS", "FILIPS"}, {"O'BRIEN", "OBRIEN"}, {"HERNANDEZ", "HERNÁNDEZ"},
            {"FERNANDEZ", "FERNANDES"}, {"IVANOV", "IVANOFF"}, {"PETROV", "PETROFF"}, {"JOHANSSON", "JOHANSON"}};

    public final List<Arrival> arrivals = new ArrayList<>();
    public final List<Departure> departures = new ArrayList<>();
    public final LocalDate asOf;
    private final Random rnd;
    private final Set<String> documents = new HashSet<>();
    private int partnerLines;

    public Population(long seed, int people, LocalDate firstDay) {
        rnd = new Random(seed);
        asOf = firstDay.plusDays(240);
        for (int i = 0; i < people; i++) {
            person(firstDay);
        }
        int strangers = Math.max(1, people * 3 / 100);
        for (int i = 0; i < strangers; i++) {
            LocalDate day = firstDay.plusDays(rnd.nextInt(200));
            boolean partner = rnd.nextInt(4) == 0;
            departures.add(new Departure(uuid(), null, partner, partner ? ++partnerLines + 1 : 0, null, pick(FAMILY), pick(GIVEN),
                    dob(), pick(NATIONALITY), document(), day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
        }
        for (int i = 0; i < Math.max(1, people / 500); i++) {
            twins(firstDay.plusDays(rnd.nextInt(60)));
        }
    }

    private void person(LocalDate firstDay) {
        String family = pick(FAMILY);
        String given = pick(GIVEN) + (rnd.nextInt(4) == 0 ? " " + pick(GIVEN) : "");
        LocalDate dob = dob();
        String nationality = pick(NATIONALITY);
        UUID identity = rnd.nextInt(10) < 3 ? uuid() : null;
        int k = rnd.nextInt(100);
        String cls = k < 60 ? "B2" : k < 90 ? "WT" : "F1";
        Instant admitted = firstDay.plusDays(rnd.nextInt(60)).atTime(rnd.nextInt(24), rnd.nextInt(60)).toInstant(ZoneOffset.UTC);
        LocalDate day = admitted.atZone(ZoneOffset.UTC).toLocalDate();
        if ("WT".equals(cls) && rnd.nextInt(15) == 0) {
            repeatVisitor(family, given, dob, nationality, identity, admitted);
            return;
        }
        LocalDate until = switch (cls) {
            case "B2" -> day.plusDays(30 + rnd.nextInt(60));
            case "WT" -> day.plusDays(89);
            default -> null;
        };
        int o = rnd.nextInt(100);
        Outcome outcome = o < 70 ? Outcome.ON_TIME : o < 82 ? Outcome.LATE : until == null ? Outcome.PENDING : Outcome.STAYS;
        if (until == null && outcome == Outcome.LATE) {
            outcome = Outcome.ON_TIME;
        }
        String document = document();
        Arrival a = new Arrival(uuid(), identity, family, given, dob, nationality, document, cls, admitted, until, outcome, until);
        arrivals.add(a);
        if (outcome == Outcome.ON_TIME || outcome == Outcome.LATE) {
            LocalDate out = outcome == Outcome.LATE
                    ? until.plusDays(1 + rnd.nextInt(30))
                    : day.plusDays(rnd.nextInt(until == null ? 120 : (int) ChronoUnit.DAYS.between(day, until) + 1));
            depart(a, out);
        }
    }

    /** Stays 60 days, comes back 30 days later and stays 46: the 90/180 rule allowed 30. */
    private void repeatVisitor(String family, String given, LocalDate dob, String nationality, UUID identity, Instant admitted) {
        LocalDate day = admitted.atZone(ZoneOffset.UTC).toLocalDate();
        String document = document();
        Arrival first = new Arrival(uuid(), identity, family, given, dob, nationality, document, "WT", admitted, day.plusDays(89),
                Outcome.ON_TIME, day.plusDays(89));
        arrivals.add(first);
        depart(first, day.plusDays(59));
        LocalDate again = day.plusDays(90);
        Arrival second = new Arrival(uuid(), identity, family, given, dob, nationality, document, "WT",
                again.atTime(9, 0).toInstant(ZoneOffset.UTC), again.plusDays(89), Outcome.LATE, again.plusDays(29));
        arrivals.add(second);
        depart(second, again.plusDays(45));
    }

    private void twins(LocalDate day) {
        String family = pick(FAMILY);
        LocalDate dob = dob();
        String nationality = pick(NATIONALITY);
        String[] names = {"ANNA", "ANNE"};
        for (String name : names) {
            Instant admitted = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
            Arrival a = new Arrival(uuid(), null, family, name, dob, nationality, document(), "B2", admitted, day.plusDays(60),
                    Outcome.ON_TIME, day.plusDays(60));
            arrivals.add(a);
            departures.add(new Departure(uuid(), a.id(), false, 0, null, family, name, dob, nationality, null,
                    day.plusDays(20).atTime(15, 0).toInstant(ZoneOffset.UTC)));
        }
    }

    private void depart(Arrival a, LocalDate day) {
        boolean partner = rnd.nextInt(4) == 0;
        String family = a.family();
        String given = a.given();
        LocalDate dob = a.dob();
        String document = a.document();
        UUID identity = null;
        int n = rnd.nextInt(100);
        if (!partner && a.identityId() != null && rnd.nextInt(10) == 0) {
            identity = a.identityId();
            document = document();
        } else if (n >= 80) {
            int kind = rnd.nextInt(10);
            if (kind < 3 || kind == 8) {
                document = typo(document);
            } else if (kind < 5 || kind == 9) {
                document = null;
            }
            if (kind == 5 || kind == 6 || kind == 8) {
                family = variant(family);
            }
            if (kind == 7 || kind == 9) {
                dob = dobTypo(dob);
            }
        } else if (!partner) {
            identity = a.identityId();
        }
        Instant at = day.atTime(rnd.nextInt(24), rnd.nextInt(60)).toInstant(ZoneOffset.UTC);
        if (!at.isAfter(a.admittedAt())) {
            at = a.admittedAt().plus(1, ChronoUnit.HOURS);
        }
        departures.add(new Departure(uuid(), a.id(), partner, partner ? ++partnerLines + 1 : 0, identity, family, given, dob,
                a.nationality(), document, at));
    }

    String variant(String family) {
        for (String[] v : VARIANTS) {
            if (v[0].equals(family)) {
                return v[1];
            }
        }
        return typo(family);
    }

    String typo(String s) {
        char[] c = s.toCharArray();
        int i = 1 + rnd.nextInt(c.length - 2);
        if (rnd.nextBoolean()) {
            char t = c[i];
            c[i] = c[i + 1];
            c[i + 1] = t;
            if (c[i] == c[i + 1]) {
                c[i] = Character.isDigit(c[i]) ? (char) ('0' + (c[i] - '0' + 1) % 10) : (char) ('A' + (c[i] - 'A' + 1) % 26);
            }
        } else {
            c[i] = Character.isDigit(c[i]) ? (char) ('0' + (c[i] - '0' + 1) % 10) : (char) ('A' + (c[i] - 'A' + 1) % 26);
        }
        return new String(c);
    }

    LocalDate dobTypo(LocalDate dob) {
        if (dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        }
        return dob.getYear() % 10 == 9 ? dob.minusYears(1) : dob.plusYears(1);
    }

    private LocalDate dob() {
        return LocalDate.of(1950, 1, 1).plusDays(rnd.nextInt(20000));
    }

    private String document() {
        String d;
        do {
            d = (char) ('A' + rnd.nextInt(26)) + String.format("%08d", rnd.nextInt(100_000_000));
        } while (!documents.add(d));
        return d;
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private UUID uuid() {
        return new UUID(rnd.nextLong(), rnd.nextLong());
    }
}
